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

        if (request.CaptionType is { } caption && !Enum.IsDefined(typeof(AkoolCaptionType), caption))
        {
            throw new AkoolValidationException("InvalidCaptionType", $"The caption type must be 0 to 4, not {(int)caption}.", caption);
        }

        if (request.Style is { } style && !Enum.IsDefined(typeof(AkoolVoiceStyle), style))
        {
            throw new AkoolValidationException("InvalidStyle", $"'{style}' is not a voice style Akool knows; use one of: {string.Join(", ", Enum.GetNames(typeof(AkoolVoiceStyle)))}.", style);
        }
    }

    /// <summary>
    /// Checks the request against the language list and gives it back with every code spelled as
    /// Akool spells it: unknown languages are refused. Akool chooses the voices itself (the choice of
    /// voice was removed from its API on 2025-11-25), so no language is refused for want of one.
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
