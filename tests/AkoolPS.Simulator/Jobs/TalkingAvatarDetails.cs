namespace AkoolPS.Simulator;

/// <summary>
/// A talkingavatar/create call: the avatar (an id from the list, or an uploaded URL), what it says (an
/// audio URL, or a text and a voice) and the optional background. The audio's length, or the text's,
/// sets the video's.
/// </summary>
internal sealed record TalkingAvatarDetails(
    int AvatarFrom,
    string? AvatarId,
    string? AvatarUrl,
    string? AudioUrl,
    string? InputText,
    string? VoiceId,
    string? Background) : V3VideoDetails
{
    public override JobKind Kind => JobKind.TalkingAvatar;

    protected override string LengthSource => AudioUrl ?? "text:" + InputText;
}
