namespace AkoolPS.Simulator;

/// <summary>
/// The real service measures the source media. Without downloading anything, the simulator derives a
/// stable 5-60 s length from the URL, so repeated runs (and the client's cost estimates) agree.
/// </summary>
internal static class SourceLength
{
    public static double SecondsOf(string url) => 5 + (StableHash.Of(url) % 5500 / 100.0);

    /// <summary>One credit per started 5 seconds, the same rule for every v3 kind.</summary>
    public static int CreditsFor(double seconds) => (int)Math.Ceiling(seconds / 5);
}
