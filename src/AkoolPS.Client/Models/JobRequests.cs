using System;

namespace AkoolPS.Client.Models;

/// <summary>A talking photo: a photo that speaks an audio track.</summary>
public sealed class TalkingPhotoRequest
{
    /// <summary>The photo (required).</summary>
    public Uri PhotoUrl { get; init; } = null!;

    /// <summary>The speech (required).</summary>
    public Uri AudioUrl { get; init; } = null!;

    /// <summary>How the person should move (hand gestures and so on).</summary>
    public string? Prompt { get; init; }

    /// <summary>"720" or "1080".</summary>
    public string? Resolution { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>A lip sync: a video whose lips follow a new audio track.</summary>
public sealed class LipSyncRequest
{
    /// <summary>The video (required).</summary>
    public Uri VideoUrl { get; init; } = null!;

    /// <summary>The new audio (required).</summary>
    public Uri AudioUrl { get; init; } = null!;

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>Where an image-to-video job's sound comes from (Akool's audio_type).</summary>
public enum VideoAudioSource
{
    /// <summary>1: Akool generates it.</summary>
    Generated = 1,
    /// <summary>2: the audio file given.</summary>
    File = 2,
    /// <summary>3: no sound.</summary>
    None = 3,
}

/// <summary>An image-to-video job: an image animated as a prompt says.</summary>
public sealed class ImageToVideoRequest
{
    /// <summary>The image (required).</summary>
    public Uri ImageUrl { get; init; } = null!;

    /// <summary>How to animate it (ignored by Akool when an effect is given).</summary>
    public string Prompt { get; init; } = string.Empty;

    /// <summary>What to avoid.</summary>
    public string NegativePrompt { get; init; } = string.Empty;

    /// <summary>Let Akool extend the prompt.</summary>
    public bool? ExtendPrompt { get; init; }

    /// <summary>"720p", "1080p" or "4k".</summary>
    public string Resolution { get; init; } = "720p";

    /// <summary>5 or 10 seconds.</summary>
    public int LengthSeconds { get; init; } = 5;

    /// <summary>Where the sound comes from.</summary>
    public VideoAudioSource Audio { get; init; } = VideoAudioSource.None;

    /// <summary>The audio file when <see cref="Audio"/> is File.</summary>
    public Uri? AudioUrl { get; init; }

    /// <summary>Use the premium model (faster; pro plans).</summary>
    public bool? PremiumModel { get; init; }

    /// <summary>An effect code (the prompt is then ignored).</summary>
    public string? EffectCode { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>Sound added to a completed image-to-video job; Akool makes it a new job.</summary>
public sealed class AddVideoAudioRequest
{
    /// <summary>The completed image-to-video job (its _id).</summary>
    public string SourceJobId { get; init; } = string.Empty;

    /// <summary>Generated or File (None is not allowed here).</summary>
    public VideoAudioSource Audio { get; init; } = VideoAudioSource.Generated;

    /// <summary>The audio file when <see cref="Audio"/> is File.</summary>
    public Uri? AudioUrl { get; init; }
}

/// <summary>The account's remaining credit.</summary>
public sealed class CreditInfo
{
    /// <summary>Credit left.</summary>
    public double Credit { get; init; }

    /// <summary>Every field of Akool's answer, untouched.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, object?> ApiFields { get; init; } = VideoJob.EmptyFields;
}
