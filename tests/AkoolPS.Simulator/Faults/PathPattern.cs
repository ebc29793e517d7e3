namespace AkoolPS.Simulator;

/// <summary>The path patterns of fault rules and journal filters: exact, or a prefix ending in '*'.</summary>
internal static class PathPattern
{
    public static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*')
            ? path.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, path, StringComparison.OrdinalIgnoreCase);
}
