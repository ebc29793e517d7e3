using System;
using System.Collections.Generic;
using System.Linq;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

/// <summary>
/// Checks a translation request before it spends credits: what Akool would refuse, found without a
/// request. Language codes are matched without regard to case and sent as Akool spells them.
/// </summary>
public static class TranslationPreflight
{
    /// <summary>The studio voice styles Akool accepts.</summary>
    public static readonly IReadOnlyList<string> Styles = new[]
    {
        "affectionate", "angry", "calm", "cheerful", "depressed", "disgruntled", "embarrassed", "empathetic",
        "excited", "fearful", "friendly", "unfriendly", "sad", "serious", "relaxed", "professional",
    };

    /// <summary>Caption type 3, "translate and replace original subtitle": it works on a subtitle file that must be given.</summary>
    public const int CaptionTypeReplacing = 3;

    /// <summary>Checks what can be checked without the language list.</summary>
    public static void CheckShape(TranslationRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        RequestChecks.Url(request.Url, "Url", "the video to translate");
        if (request.CaptionUrl is not null)
        {
            RequestChecks.Url(request.CaptionUrl, "CaptionUrl", "the subtitle file");
        }

        if (request.WebhookUrl is not null)
        {
            RequestChecks.Url(request.WebhookUrl, "WebhookUrl", "the webhook");
        }

        if (request.Languages.Count == 0 || request.Languages.Any(string.IsNullOrWhiteSpace))
        {
            throw new AkoolValidationException("LanguageRequired", "Give at least one target language, and no empty one. Get-AkoolLanguage lists them.", request.Languages);
        }

        if (request.SpeakerCount is < 0)
        {
            throw new AkoolValidationException("InvalidSpeakerCount", $"The speaker count must be 0 (detect) or more, not {request.SpeakerCount}.", request.SpeakerCount);
        }

        if (request.CaptionType is < 0 or > 4)
        {
            throw new AkoolValidationException("InvalidCaptionType", $"The caption type must be 0 to 4, not {request.CaptionType}.", request.CaptionType);
        }

        if (request.CaptionType == CaptionTypeReplacing && request.CaptionUrl is null)
        {
            throw new AkoolValidationException(
                "CaptionUrlRequired",
                "Caption type 3 translates the video's own subtitles and puts the translation in their place, so Akool needs those subtitles: give them with -CaptionUrl (an SRT or ASS file).",
                request.CaptionType);
        }

        if (request.Style is { } style && !Styles.Contains(style, StringComparer.Ordinal))
        {
            throw new AkoolValidationException("InvalidStyle", $"'{style}' is not a voice style Akool knows; use one of: {string.Join(", ", Styles)}.", style);
        }
    }

    /// <summary>
    /// Checks the request against the language list and gives it back with every code spelled as
    /// Akool spells it: unknown languages, a voice missing where Akool needs one, and a voice for a
    /// language that is not a target are refused.
    /// </summary>
    public static TranslationRequest Check(TranslationRequest request, IReadOnlyList<LanguageInfo> languages)
    {
        CheckShape(request);
        LanguageInfo Find(string code, string role) => languages.Find(code)
            ?? throw new AkoolValidationException(
                "UnknownLanguage",
                $"Akool does not translate {role} '{code}'. Get-AkoolLanguage lists the codes it knows{Suggest(code, languages)}.",
                code);

        var targets = request.Languages.Select(code => Find(code, "into")).GroupBy(l => l.Code).Select(g => g.First()).ToList();
        var source = request.SourceLanguage is null || string.Equals(request.SourceLanguage, "DEFAULT", StringComparison.OrdinalIgnoreCase)
            ? request.SourceLanguage is null ? null : "DEFAULT"
            : Find(request.SourceLanguage, "from").Code;

        var voices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in request.Voices ?? new Dictionary<string, string>())
        {
            var target = targets.FirstOrDefault(l => string.Equals(l.Code, pair.Key.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new AkoolValidationException(
                    "VoiceLanguageMismatch",
                    $"A voice is given for '{pair.Key}', which is not one of the target languages ({string.Join(", ", targets.Select(t => t.Code))}). Add the language, or drop the voice.",
                    pair.Key);
            if (!string.IsNullOrWhiteSpace(pair.Value))
            {
                voices[target.Code] = pair.Value.Trim();
            }
        }

        var missing = targets.Where(l => l.NeedsVoiceId && !voices.ContainsKey(l.Code)).Select(l => l.Code).ToList();
        if (missing.Count > 0)
        {
            throw new AkoolValidationException(
                "VoiceRequired",
                $"Akool needs a voice for {string.Join(", ", missing)}. Pick one with Get-AkoolVoice -LanguageCode {missing[0]} and pass it with -Voice.",
                missing.Count == 1 ? missing[0] : missing.ToArray());
        }

        return new TranslationRequest
        {
            Url = request.Url,
            Languages = targets.Select(l => l.Code).ToList(),
            SourceLanguage = source,
            LipSync = request.LipSync,
            SpeakerCount = request.SpeakerCount,
            RemoveBackgroundMusic = request.RemoveBackgroundMusic,
            CaptionType = request.CaptionType,
            CaptionUrl = request.CaptionUrl,
            DynamicDuration = request.DynamicDuration,
            NoTranslateWords = request.NoTranslateWords,
            FixedWords = request.FixedWords,
            PronouncedWords = request.PronouncedWords,
            Style = request.Style,
            Voices = voices.Count == 0 ? null : voices,
            WebhookUrl = request.WebhookUrl,
        };
    }

    private static string Suggest(string code, IReadOnlyList<LanguageInfo> languages)
    {
        var prefix = code.Split('-')[0];
        var near = languages.Where(l => l.Code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(l => l.Code).Take(5).ToList();
        return near.Count == 0 ? string.Empty : "; did you mean " + string.Join(", ", near) + "?";
    }
}
