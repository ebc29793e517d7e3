namespace AkoolPS.Simulator;

/// <summary>
/// FNV-1a over a string's UTF-16 code units: stable across processes and runs (unlike string.GetHashCode),
/// which is what "deterministic per job id" needs.
/// </summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
