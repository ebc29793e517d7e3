using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>
/// What text to speech and a voice change share: the voice that speaks, how it sounds (Akool's voice_options
/// stability, similarity_boost, style and speed), the audio format and the webhook.
/// </summary>
public abstract record VoiceRequest
{
    /// <summary>The voice's voice_id (required).</summary>
    public string VoiceId { get; init; } = string.Empty;

    /// <summary>0.7 to 1.2.</summary>
    public double? Speed { get; init; }

    /// <summary>0 to 1.</summary>
    public double? Stability { get; init; }

    /// <summary>0 to 1.</summary>
    public double? SimilarityBoost { get; init; }

    /// <summary>0 to 1 (Akool's voice_options.style).</summary>
    public double? StyleStrength { get; init; }

    /// <summary>mp3 or wav.</summary>
    public string? Format { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>Text to speech: one text read in one voice (VoiceLab tts).</summary>
public sealed record SpeechRequest : VoiceRequest
{
    /// <summary>The text (required; 1 to 50,000 characters).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>An ISO 639-1 code that helps with less common languages.</summary>
    public string? Language { get; init; }

    /// <summary>0 to 100.</summary>
    public int? Volume { get; init; }

    /// <summary>One of <see cref="VoiceLabChecks.Emotions"/>.</summary>
    public string? Emotion { get; init; }

    /// <summary>Further voice_options and extra_options by Akool's names; values are plain .NET values.</summary>
    public IReadOnlyDictionary<string, object?>? Options { get; init; }
}

/// <summary>A voice change: a recording said again in another voice (VoiceLab change).</summary>
public sealed record VoiceChangeRequest : VoiceRequest
{
    /// <summary>The recording (required): mp3, mp4, wav and so on, up to 50 MB.</summary>
    public Uri SourceUrl { get; init; } = null!;

    /// <summary>Remove the recording's background noise.</summary>
    public bool? RemoveBackgroundNoise { get; init; }
}

/// <summary>A voice clone made from a recording (VoiceLab clone).</summary>
public sealed class VoiceCloneRequest
{
    /// <summary>The recording (required): mp3, mp4, wav and so on, up to 30 MB.</summary>
    public Uri SourceUrl { get; init; } = null!;

    /// <summary>The new voice's name.</summary>
    public string? Name { get; init; }

    /// <summary>The recording's language, ISO 639-1 (Akool assumes en).</summary>
    public string? Language { get; init; }

    /// <summary>One of <see cref="VoiceLabChecks.CloneModels"/>.</summary>
    public string? Model { get; init; }

    /// <summary>Remove the recording's background noise.</summary>
    public bool? RemoveBackgroundNoise { get; init; }

    /// <summary>Gender tags.</summary>
    public IReadOnlyList<string>? Gender { get; init; }

    /// <summary>Age tags.</summary>
    public IReadOnlyList<string>? Age { get; init; }

    /// <summary>Style tags.</summary>
    public IReadOnlyList<string>? Style { get; init; }

    /// <summary>Scenario tags.</summary>
    public IReadOnlyList<string>? Scenario { get; init; }

    /// <summary>The recording's exact words (Akool's clone_prompt; Akool Multilingual 3 only).</summary>
    public string? Prompt { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}
