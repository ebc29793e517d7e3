using System.Collections.Frozen;

namespace AkoolPS.Simulator;

/// <summary>
/// The image-to-video effects the official docs show (GET /v4/image2Video/effects sample). Other codes are
/// accepted, since the real list is longer and changes, and simply have no <c>effect_name</c>.
/// </summary>
internal static class EffectCatalogue
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["squish_89244231312"] = "Squish",
        ["cakeify_24743216"] = "Cakeify",
        ["samurai_99757865"] = "Samurai",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string NameOf(string effectCode) => Names.GetValueOrDefault(effectCode, string.Empty);
}
