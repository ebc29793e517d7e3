using System;
using System.Collections.Generic;
using System.Linq;

namespace AkoolPS.Client.Models;

/// <summary>Finds a language by its code the way users type it: without regard to case or spaces.</summary>
public static class LanguageLookup
{
    /// <summary>The language with <paramref name="code"/>, or null.</summary>
    public static LanguageInfo? Find(this IEnumerable<LanguageInfo> languages, string code) =>
        languages.FirstOrDefault(l => string.Equals(l.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
