using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>One entry of Akool's translation language list.</summary>
public sealed class LanguageInfo
{
    /// <summary>The display name, e.g. "Afrikaans (South Africa)".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The code to send, e.g. "af-ZA".</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The flag icon.</summary>
    public Uri? FlagUrl { get; init; }

    /// <summary>Fields Akool sent that this version does not model.</summary>
    public IReadOnlyDictionary<string, object?> AdditionalFields { get; init; } = VideoJob.EmptyFields;
}
