using AkoolPS.Client.Models;

namespace AkoolPS.Client.Json;

/// <summary>
/// Builds talkingavatar/create's body from a request. The page requires a 3840x2160 frame; the module
/// lays it out as the page's sample does: a full-frame background (when given) and the avatar, both
/// centred at (1920, 1080) at scale 1, the avatar as tall as the frame; then the speech element.
/// </summary>
internal static class TalkingAvatarBody
{
    public const int Width = 3840;
    public const int Height = 2160;

    public static TalkingAvatarBodyDto Of(TalkingAvatarRequest request)
    {
        var body = new TalkingAvatarBodyDto
        {
            Width = Width,
            Height = Height,
            AvatarFrom = (int)request.AvatarSource,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
        if (request.Background is { } background)
        {
            body.Elements.Add(Placed("image", background, Width, Height));
        }

        var avatar = Placed("avatar", request.AvatarSource == AkoolAvatarSource.Uploaded ? request.AvatarUrl?.AbsoluteUri : null, Height, Height);
        avatar.AvatarId = string.IsNullOrWhiteSpace(request.AvatarId) ? null : request.AvatarId!.Trim();
        body.Elements.Add(avatar);
        body.Elements.Add(request.AudioUrl is { } audio
            ? new AvatarElementDto { Type = "audio", Url = audio.AbsoluteUri }
            : new AvatarElementDto { Type = "audio", InputText = request.Text, VoiceId = request.VoiceId?.Trim() });
        return body;
    }

    private static AvatarElementDto Placed(string type, string? url, int width, int height) => new()
    {
        Type = type,
        Url = url,
        ScaleX = 1,
        ScaleY = 1,
        OffsetX = Width / 2,
        OffsetY = Height / 2,
        Width = width,
        Height = height,
    };
}
