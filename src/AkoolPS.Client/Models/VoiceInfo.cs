using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>One AI voice of Akool's v4 video-translation voice list.</summary>
public sealed class VoiceInfo
{
    /// <summary>The catalogue entry's <c>_id</c>.</summary>
    public string? EntryId { get; init; }

    /// <summary>The id to send in <c>voices_map</c>.</summary>
    public string VoiceId { get; init; } = string.Empty;

    /// <summary>The voice's name.</summary>
    public string? Name { get; init; }

    /// <summary>Male or Female.</summary>
    public string? Gender { get; init; }

    /// <summary>The language name.</summary>
    public string? Language { get; init; }

    /// <summary>The language code.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>A preview of the voice.</summary>
    public Uri? PreviewUrl { get; init; }

    /// <summary>The voice's avatar image.</summary>
    public Uri? ThumbnailUrl { get; init; }

    /// <summary>The language's flag.</summary>
    public Uri? FlagUrl { get; init; }

    /// <summary>The use case (e.g. Conversational).</summary>
    public string? UseCase { get; init; }

    /// <summary>The category.</summary>
    public string? Category { get; init; }

    /// <summary>Age tags.</summary>
    public IReadOnlyList<string> Age { get; init; } = Array.Empty<string>();

    /// <summary>Style tags.</summary>
    public IReadOnlyList<string> Style { get; init; } = Array.Empty<string>();

    /// <summary>Recommended scenarios.</summary>
    public IReadOnlyList<string> Scenario { get; init; } = Array.Empty<string>();

    /// <summary>The length of the preview.</summary>
    public TimeSpan? PreviewDuration { get; init; }

    /// <summary>When the voice was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Fields Akool sent that this version does not model.</summary>
    public IReadOnlyDictionary<string, object?> AdditionalFields { get; init; } = VideoJob.EmptyFields;
}

/// <summary>One page of the voice list.</summary>
public sealed class VoicePage
{
    /// <summary>The page number (1-based).</summary>
    public int Page { get; init; }

    /// <summary>The page size asked for.</summary>
    public int Size { get; init; }

    /// <summary>The number of voices across all pages.</summary>
    public int Count { get; init; }

    /// <summary>The voices of this page.</summary>
    public IReadOnlyList<VoiceInfo> Voices { get; init; } = Array.Empty<VoiceInfo>();
}
