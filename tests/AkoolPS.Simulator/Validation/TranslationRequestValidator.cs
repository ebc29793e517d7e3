using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// Checks a createbytranslate body as a strict server would (official OpenAPI schema), so a client mistake
/// shows up as 1003 with a message naming the field. Unknown and deprecated fields (<c>merge_interval</c>,
/// <c>face_enhance</c>, and <c>voices_map</c>, whose voice choice Akool removed on 2025-11-25) are ignored.
/// Caption type 3 needs no <c>caption_url</c> (the official example sends it alone).
/// </summary>
internal static class TranslationRequestValidator
{
    private const int MaxCaptionType = 4;

    public static TranslationRequest Validate(JsonElement body)
    {
        var url = JsonFields.RequiredHttpUrl(body, "url");
        var languages = TargetLanguages(JsonFields.RequiredString(body, "language"));

        var source = JsonFields.OptionalString(body, "source_language") ?? TranslationRequest.AutoDetect;
        if (source != TranslationRequest.AutoDetect && LanguageCatalogue.Find(source) is null)
        {
            throw new RequestValidationException($"source_language '{source}' is not a supported language code (or use \"DEFAULT\")");
        }

        var lipsync = JsonFields.OptionalBool(body, "lipsync") ?? false;
        JsonFields.OptionalBool(body, "remove_bgm");
        JsonFields.OptionalBool(body, "dynamic_duration");

        var speakers = JsonFields.OptionalInt(body, "speaker_num") ?? 0;
        Require.That(speakers >= 0, "speaker_num must be 0 (auto detect) or more");
        var captionType = JsonFields.OptionalInt(body, "caption_type") ?? 0;
        Require.That(captionType is >= 0 and <= MaxCaptionType, $"caption_type must be between 0 and {MaxCaptionType}");

        JsonFields.OptionalHttpUrl(body, "caption_url");
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        StudioVoiceValidator.Validate(body);
        return new TranslationRequest(url, languages, source, lipsync, speakers, webhookUrl);
    }

    /// <summary>"ja,fr": each code listed once and supported; spaces around commas are tolerated.</summary>
    private static IReadOnlyList<string> TargetLanguages(string value)
    {
        var codes = value.Split(',', StringSplitOptions.TrimEntries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            Require.That(code.Length > 0, "language must be comma-separated language codes without empty items");
            Require.That(LanguageCatalogue.Find(code) is not null, $"language '{code}' is not supported (see /api/open/v3/language/list)");
            Require.That(seen.Add(code), $"language '{code}' is listed more than once");
        }

        return codes;
    }
}
