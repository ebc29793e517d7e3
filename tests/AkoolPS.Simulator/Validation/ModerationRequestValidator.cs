using System.Text.Json;
using System.Text.RegularExpressions;

namespace AkoolPS.Simulator;

/// <summary>
/// A content/analysis/sentiment body (Jarvis Moderator page): <c>content</c> and <c>type</c> required; an
/// image, video or audio is a URL, a text is the text itself or a URL; <c>language</c> is ISO-639-1;
/// <c>input</c> the user's own words to look for. Fields the page does not list are refused.
/// </summary>
internal static partial class ModerationRequestValidator
{
    private static readonly string[] Fields = ["content", "type", "language", "webhookUrl", "input"];

    public static JobRequest<ModerationDetails> Validate(JsonElement body, SimulatorConfig config)
    {
        foreach (var field in body.EnumerateObject())
        {
            Require.That(Fields.Contains(field.Name), $"{field.Name} is not a field of this request");
        }

        var content = JsonFields.RequiredString(body, "content");
        var type = JsonFields.RequiredInt(body, "type");
        Require.OneOf(type, [ModerationDetails.Image, ModerationDetails.Video, ModerationDetails.Audio, ModerationDetails.Text], "type");
        if (type != ModerationDetails.Text)
        {
            Require.HttpUrl(content, "content");
        }

        var language = JsonFields.OptionalString(body, "language") ?? string.Empty;
        Require.That(language.Length == 0 || Iso639_1().IsMatch(language), $"language must be an ISO-639-1 code such as en (not {language})");
        var input = JsonFields.OptionalString(body, "input") ?? string.Empty;
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        var verdict = ModerationVerdict.Judge(content, input, config);
        return new JobRequest<ModerationDetails>(new ModerationDetails(type, content, language, input, verdict), webhookUrl);
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex Iso639_1();
}
