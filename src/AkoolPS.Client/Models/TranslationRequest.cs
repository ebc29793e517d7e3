using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>
/// Everything the create-translation call takes. Only what is set is sent; Akool's defaults apply
/// to the rest.
/// </summary>
public sealed class TranslationRequest
{
    /// <summary>The video to translate (required).</summary>
    public Uri Url { get; init; } = null!;

    /// <summary>Target language codes (at least one). Each becomes its own job.</summary>
    public IReadOnlyList<string> Languages { get; init; } = Array.Empty<string>();

    /// <summary>The video's language; <c>DEFAULT</c> detects it.</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>Synchronise mouth movements with the new audio.</summary>
    public bool? LipSync { get; init; }

    /// <summary>The number of speakers (0 = detect).</summary>
    public int? SpeakerCount { get; init; }

    /// <summary>Remove background music.</summary>
    public bool? RemoveBackgroundMusic { get; init; }

    /// <summary>Caption handling, 0 to 4 (see Akool's documentation).</summary>
    public AkoolCaptionType? CaptionType { get; init; }

    /// <summary>A subtitle file (SRT or ASS).</summary>
    public Uri? CaptionUrl { get; init; }

    /// <summary>Let the video's duration follow the new audio.</summary>
    public bool? DynamicDuration { get; init; }

    /// <summary>Words that must not be translated.</summary>
    public IReadOnlyList<string>? NoTranslateWords { get; init; }

    /// <summary>Fixed translations: word → translation.</summary>
    public IReadOnlyDictionary<string, string>? FixedWords { get; init; }

    /// <summary>Pronunciation corrections: word → how to say it.</summary>
    public IReadOnlyDictionary<string, string>? PronouncedWords { get; init; }

    /// <summary>The studio voice style (Akool's enum, lower case).</summary>
    public AkoolVoiceStyle? Style { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}
