using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>An AI voice for video translation; pass it to New-AkoolTranslation -Voice.</summary>
public sealed class AkoolVoice
{
    internal AkoolVoice(VoiceInfo info)
    {
        VoiceId = info.VoiceId;
        Name = info.Name;
        Gender = info.Gender;
        Language = info.Language;
        LanguageCode = info.LanguageCode;
        PreviewUrl = info.PreviewUrl;
        ThumbnailUrl = info.ThumbnailUrl;
        FlagUrl = info.FlagUrl;
        UseCase = info.UseCase;
        Category = info.Category;
        Age = info.Age.ToArray();
        Style = info.Style.ToArray();
        Scenario = info.Scenario.ToArray();
        PreviewDuration = info.PreviewDuration;
        CreatedAt = info.CreatedAt;
        EntryId = info.EntryId;
        AdditionalFields = ToDictionary(info.AdditionalFields);
    }

    /// <summary>The id to translate with.</summary>
    public string VoiceId { get; }

    /// <summary>The voice's name.</summary>
    public string? Name { get; }

    /// <summary>Male or Female.</summary>
    public string? Gender { get; }

    /// <summary>The language's name.</summary>
    public string? Language { get; }

    /// <summary>The language code (as -Language takes it).</summary>
    public string? LanguageCode { get; }

    /// <summary>A sample of the voice.</summary>
    public Uri? PreviewUrl { get; }

    /// <summary>The voice's picture.</summary>
    public Uri? ThumbnailUrl { get; }

    /// <summary>The language's flag.</summary>
    public Uri? FlagUrl { get; }

    /// <summary>What the voice suits (e.g. Conversational).</summary>
    public string? UseCase { get; }

    /// <summary>The voice's category.</summary>
    public string? Category { get; }

    /// <summary>Age tags.</summary>
    public string[] Age { get; }

    /// <summary>Style tags.</summary>
    public string[] Style { get; }

    /// <summary>Scenarios the voice suits.</summary>
    public string[] Scenario { get; }

    /// <summary>How long the sample is.</summary>
    public TimeSpan? PreviewDuration { get; }

    /// <summary>When the voice was added.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The catalogue entry's id (_id), not the voice id.</summary>
    public string? EntryId { get; }

    /// <summary>Fields Akool sent that this version does not model.</summary>
    public IDictionary AdditionalFields { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({LanguageCode}, {VoiceId})";

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
