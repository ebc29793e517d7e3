using System;
using System.Collections;
using System.Collections.Specialized;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>A language Akool translates into.</summary>
public sealed class AkoolLanguage
{
    internal AkoolLanguage(LanguageInfo info)
    {
        Name = info.Name;
        Code = info.Code;
        FlagUrl = info.FlagUrl;
        NeedsVoiceId = info.NeedsVoiceId;
        var extra = new OrderedDictionary(StringComparer.Ordinal);
        foreach (var pair in info.AdditionalFields)
        {
            extra.Add(pair.Key, pair.Value);
        }

        AdditionalFields = extra.AsReadOnly();
    }

    /// <summary>The display name, e.g. "Afrikaans (South Africa)".</summary>
    public string Name { get; }

    /// <summary>The code to pass to -Language, e.g. "af-ZA".</summary>
    public string Code { get; }

    /// <summary>The flag icon.</summary>
    public Uri? FlagUrl { get; }

    /// <summary>True when a translation into this language needs a voice (-Voice).</summary>
    public bool NeedsVoiceId { get; }

    /// <summary>Fields Akool sent that this version does not model.</summary>
    public IDictionary AdditionalFields { get; }

    /// <inheritdoc />
    public override string ToString() => Code;
}
