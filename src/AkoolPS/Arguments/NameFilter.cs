using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace AkoolPS.Arguments;

/// <summary>
/// The -Name filter of the list cmdlets (Get-AkoolLanguage, Get-AkoolModel, Get-AkoolEffect, Get-AkoolAvatar):
/// case-insensitive wildcards, any of which may match any of an item's names (its name, code, label or id).
/// No -Name keeps everything; a name that matches nothing is no error, only no output, as with Get-ChildItem.
/// </summary>
internal sealed class NameFilter
{
    private static readonly NameFilter All = new(null);
    private readonly IReadOnlyList<WildcardPattern>? patterns;

    private NameFilter(IReadOnlyList<WildcardPattern>? patterns) => this.patterns = patterns;

    /// <summary>The filter of <paramref name="names"/>, as the user typed them; null keeps everything.</summary>
    public static NameFilter Of(IEnumerable<string>? names) =>
        names is null ? All : new NameFilter(names.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList());

    /// <summary>True when the item with these names is kept; a name the item lacks (null) is matched as empty.</summary>
    public bool Matches(params string?[] names) =>
        patterns is null || patterns.Any(p => names.Any(name => p.IsMatch(name ?? string.Empty)));
}
