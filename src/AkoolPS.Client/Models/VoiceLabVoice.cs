using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>One voice of Akool's VoiceLab: an Akool voice or a clone of this account.</summary>
public sealed class VoiceLabVoice
{
    /// <summary>The voice's record id (<c>_id</c>): what voice/detail and delete take.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The id text to speech and voice change take; null while a clone is not finished.</summary>
    public string? VoiceId { get; init; }

    /// <summary>Akool's or a clone.</summary>
    public AkoolVoiceType Type { get; init; }

    /// <summary>The voice's name.</summary>
    public string? Name { get; init; }

    /// <summary>Male or Female, as Akool tags it.</summary>
    public string? Gender { get; init; }

    /// <summary>The language's name (e.g. Polish).</summary>
    public string? Language { get; init; }

    /// <summary>The language code (e.g. pl).</summary>
    public string? Locale { get; init; }

    /// <summary>The voice model (e.g. Akool Multilingual 3): it says which speech options apply.</summary>
    public string? Model { get; init; }

    /// <summary>Style tags.</summary>
    public IReadOnlyList<string> Styles { get; init; } = Array.Empty<string>();

    /// <summary>Age tags.</summary>
    public IReadOnlyList<string> Ages { get; init; } = Array.Empty<string>();

    /// <summary>Scenario tags.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = Array.Empty<string>();

    /// <summary>A sample of the voice (http or https only).</summary>
    public Uri? PreviewUrl { get; init; }

    /// <summary>True when the voice can stream.</summary>
    public bool? SupportsStreaming { get; init; }

    /// <summary>Completed for a usable voice; a clone is Queued or Processing until it is made.</summary>
    public AkoolVideoStatus Status { get; init; }

    /// <summary>How long the sample lasts.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>When the voice was made.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Every field of Akool's answer about the voice, untouched.</summary>
    public IReadOnlyDictionary<string, object?> ApiFields { get; init; } = VideoJob.EmptyFields;
}

/// <summary>One page of VoiceLab's voice list.</summary>
public sealed class VoiceLabPage
{
    /// <summary>The page number (1-based).</summary>
    public int Page { get; init; }

    /// <summary>The page size asked for.</summary>
    public int Size { get; init; }

    /// <summary>The number of voices across all pages, as Akool counts them.</summary>
    public int Count { get; init; }

    /// <summary>The voices of this page.</summary>
    public IReadOnlyList<VoiceLabVoice> Voices { get; init; } = Array.Empty<VoiceLabVoice>();
}

/// <summary>The filters of VoiceLab's voice list; each list matches any of its values.</summary>
public sealed class VoiceLabFilter
{
    /// <summary>Akool's voices or this account's clones.</summary>
    public AkoolVoiceType Type { get; init; }

    /// <summary>Akool's fuzzy name search.</summary>
    public string? Name { get; init; }

    /// <summary>Gender tags.</summary>
    public IReadOnlyList<string>? Genders { get; init; }

    /// <summary>Age tags.</summary>
    public IReadOnlyList<string>? Ages { get; init; }

    /// <summary>Style tags.</summary>
    public IReadOnlyList<string>? Styles { get; init; }

    /// <summary>Scenario tags.</summary>
    public IReadOnlyList<string>? Scenarios { get; init; }
}

/// <summary>What a delete did with each id it was given.</summary>
public sealed class VoiceDeleteOutcome
{
    /// <summary>The voice's record id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>True when Akool deleted it.</summary>
    public bool Deleted { get; init; }

    /// <summary>Akool's reason when it did not.</summary>
    public string? Reason { get; init; }
}
