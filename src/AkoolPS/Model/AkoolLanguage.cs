using System;
using System.Collections;
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
        AdditionalFields = AkoolVoice.ToDictionary(info.AdditionalFields);
    }

    /// <summary>The display name, e.g. "Afrikaans (South Africa)".</summary>
    public string Name { get; }

    /// <summary>The code to pass to -Language, e.g. "af-ZA".</summary>
    public string Code { get; }

    /// <summary>The flag icon.</summary>
    public Uri? FlagUrl { get; }

    /// <summary>Fields Akool sent that this version does not model.</summary>
    public IDictionary AdditionalFields { get; }

    /// <inheritdoc />
    public override string ToString() => Code;
}
