using System.Text.Json;
using System.Text.RegularExpressions;

namespace AkoolPS.Simulator;

/// <summary>
/// A talkingavatar/create body, checked as the talking avatar page describes it: a 3840x2160 frame, one
/// avatar element (an <c>avatar_id</c> from the list when <c>avatar_from</c> is 2, a URL when 3), one audio
/// element (a URL, or <c>input_text</c> with <c>voice_id</c>), optional image elements (a URL or a hex colour),
/// numbers where the page says Number. Fields the page does not list are refused.
/// </summary>
internal static partial class TalkingAvatarRequestValidator
{
    public const int Width = 3840;
    public const int Height = 2160;

    /// <summary>The largest plan's limit (Business); smaller plans allow less.</summary>
    public const int MaxInputText = 50_000;

    private static readonly string[] BodyFields = ["width", "height", "avatar_from", "webhookUrl", "elements"];
    private static readonly string[] ElementFields =
        ["url", "scale_x", "scale_y", "offset_x", "offset_y", "height", "width", "type", "avatar_id", "input_text", "voice_id"];

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp"];
    private static readonly string[] VideoExtensions = [".mp4", ".mov", ".avi"];

    public static JobRequest<TalkingAvatarDetails> Validate(JsonElement body)
    {
        OnlyKnown(body, BodyFields, null);
        Require.That(JsonFields.RequiredInt(body, "width") == Width, $"width must be {Width}");
        Require.That(JsonFields.RequiredInt(body, "height") == Height, $"height must be {Height}");
        var from = JsonFields.RequiredInt(body, "avatar_from");
        Require.OneOf(from, [AvatarCatalogue.Official, AvatarCatalogue.Uploaded], "avatar_from");
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;

        var elements = JsonFields.OptionalArray(body, "elements") ?? throw new RequestValidationException("elements is required");
        string? avatarId = null, avatarUrl = null, audioUrl = null, text = null, voiceId = null, background = null;
        int avatars = 0, audios = 0, index = 0;
        foreach (var element in elements.EnumerateArray())
        {
            var name = $"elements[{index++}]";
            Require.That(element.ValueKind == JsonValueKind.Object, $"{name} must be an object");
            OnlyKnown(element, ElementFields, name);
            NumbersWhereGiven(element, name);
            switch (JsonFields.RequiredString(element, "type", name))
            {
                case "avatar":
                    avatars++;
                    Placed(element, name);
                    (avatarId, avatarUrl) = Avatar(element, name, from);
                    break;
                case "image":
                    Placed(element, name);
                    background = JsonFields.RequiredString(element, "url", name);
                    Require.That(HexColour().IsMatch(background) || IsMedia(background, ImageExtensions), $"{name}.url must be a .png, .jpg, .jpeg or .webp URL, or a hex colour such as #ffffff");
                    break;
                case "audio":
                    audios++;
                    (audioUrl, text, voiceId) = Audio(element, name);
                    break;
                case var other:
                    throw new RequestValidationException($"{name}.type must be one of: avatar, image, audio (not {other})");
            }
        }

        Require.That(avatars == 1, "elements must hold exactly one element of type avatar");
        Require.That(audios == 1, "elements must hold exactly one element of type audio");
        return new JobRequest<TalkingAvatarDetails>(new TalkingAvatarDetails(from, avatarId, avatarUrl, audioUrl, text, voiceId, background), webhookUrl);
    }

    private static (string? Id, string? Url) Avatar(JsonElement element, string name, int from)
    {
        var id = JsonFields.OptionalString(element, "avatar_id", name);
        var url = JsonFields.OptionalString(element, "url", name);
        if (from == AvatarCatalogue.Official)
        {
            Require.That(!string.IsNullOrWhiteSpace(id), $"{name}.avatar_id is required when avatar_from is 2");
            Require.That(AvatarCatalogue.Find(id!) is { From: AvatarCatalogue.Official }, $"{name}.avatar_id '{id}' is not one of Akool's avatars (avatar_from 2)");
            return (id, url);
        }

        Require.That(!string.IsNullOrWhiteSpace(url), $"{name}.url is required when avatar_from is 3");
        Require.That(IsMedia(url!, ImageExtensions) || IsMedia(url!, VideoExtensions), $"{name}.url must be an image (.png, .jpg, .jpeg, .webp) or a video (.mp4, .mov, .avi) URL");
        return (id, url);
    }

    private static (string? Url, string? Text, string? VoiceId) Audio(JsonElement element, string name)
    {
        var url = JsonFields.OptionalString(element, "url", name);
        var text = JsonFields.OptionalString(element, "input_text", name);
        var voice = JsonFields.OptionalString(element, "voice_id", name);
        if (!string.IsNullOrEmpty(url))
        {
            Require.HttpUrl(url, $"{name}.url");
            return (url, null, null);
        }

        Require.That(!string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(voice), $"{name} needs a url, or both input_text and voice_id");
        Require.That(text!.Length <= MaxInputText, $"{name}.input_text is longer than {MaxInputText} characters");
        return (null, text, voice);
    }

    /// <summary>scale_x, scale_y, offset_x and offset_y are required on image and avatar elements.</summary>
    private static void Placed(JsonElement element, string name)
    {
        foreach (var field in (string[])["scale_x", "scale_y", "offset_x", "offset_y"])
        {
            Require.That(element.TryGetProperty(field, out _), $"{name}.{field} is required for this element type");
        }
    }

    private static void NumbersWhereGiven(JsonElement element, string name)
    {
        foreach (var field in (string[])["scale_x", "scale_y", "offset_x", "offset_y", "height", "width"])
        {
            if (element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Number)
            {
                throw JsonFields.WrongType($"{name}.{field}", "a number");
            }
        }
    }

    private static void OnlyKnown(JsonElement obj, string[] known, string? parent)
    {
        foreach (var field in obj.EnumerateObject())
        {
            Require.That(known.Contains(field.Name), $"{(parent is null ? field.Name : parent + "." + field.Name)} is not a field of this request");
        }
    }

    private static bool IsMedia(string url, string[] extensions) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && extensions.Any(e => uri.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
