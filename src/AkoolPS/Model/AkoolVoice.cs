using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>
/// A VoiceLab voice: one of Akool's or a clone of this account. Pass it to New-AkoolSpeech or
/// New-AkoolVoiceChange -Voice; pipe a clone to Remove-AkoolVoice.
/// </summary>
public sealed class AkoolVoice
{
    internal AkoolVoice(VoiceLabVoice voice)
    {
        VoiceId = voice.VoiceId;
        Id = voice.Id;
        Name = voice.Name;
        Type = voice.Type;
        Gender = voice.Gender;
        Language = voice.Language;
        Locale = voice.Locale;
        Model = voice.Model;
        Styles = voice.Styles.ToArray();
        Ages = voice.Ages.ToArray();
        Scenarios = voice.Scenarios.ToArray();
        PreviewUrl = voice.PreviewUrl;
        SupportsStreaming = voice.SupportsStreaming;
        Status = voice.Status;
        Duration = voice.Duration;
        CreatedAt = voice.CreatedAt;
        ApiFields = ToDictionary(voice.ApiFields);
    }

    /// <summary>The id speech and voice changes take; empty until a clone is finished.</summary>
    public string? VoiceId { get; }

    /// <summary>The voice's record id (Akool's _id): what Remove-AkoolVoice deletes.</summary>
    public string Id { get; }

    /// <summary>The voice's name.</summary>
    public string? Name { get; }

    /// <summary>Akool (one of Akool's voices) or Clone (one of yours).</summary>
    public AkoolVoiceType Type { get; }

    /// <summary>Male or Female, as Akool tags it.</summary>
    public string? Gender { get; }

    /// <summary>The language's name (e.g. Polish).</summary>
    public string? Language { get; }

    /// <summary>The language code (e.g. pl).</summary>
    public string? Locale { get; }

    /// <summary>The voice model (e.g. Akool Multilingual 1): it says which speech options apply.</summary>
    public string? Model { get; }

    /// <summary>Style tags.</summary>
    public string[] Styles { get; }

    /// <summary>Age tags.</summary>
    public string[] Ages { get; }

    /// <summary>Scenario tags.</summary>
    public string[] Scenarios { get; }

    /// <summary>A sample of the voice.</summary>
    public Uri? PreviewUrl { get; }

    /// <summary>True when the voice can stream.</summary>
    public bool? SupportsStreaming { get; }

    /// <summary>Completed for a usable voice; a clone is Queued or Processing until it is made.</summary>
    public AkoolVideoStatus Status { get; }

    /// <summary>How long the sample lasts.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>When the voice was made.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>Every field of Akool's answer about the voice, untouched.</summary>
    public IDictionary ApiFields { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Locale}, {VoiceId ?? Id})";

    /// <summary>Read-only, ordered copy of API fields for the output types (AkoolVideo, AkoolLanguage, ...).</summary>
    internal static IDictionary ToDictionary(IReadOnlyDictionary<string, object?> fields)
    {
        var result = new OrderedDictionary(StringComparer.Ordinal);
        foreach (var pair in fields)
        {
            result.Add(pair.Key, pair.Value);
        }

        return result.AsReadOnly();
    }
}
