using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// The image-to-video effects the official docs show (GET /v4/image2Video/effects sample). Other codes are
/// accepted, since the real list is longer and changes, and simply have no <c>effect_name</c>.
/// </summary>
internal static class EffectCatalogue
{
    private const long ListedAt = 1752576694502;
    private const string Assets = "https://static.website-files.org/assets/Image_to_Video/Lora/";

    public static readonly IReadOnlyList<Effect> All =
    [
        Make("687632b95a0f52799eeed701", "Squish", "squish_89244231312"),
        Make("687632ba5a0f52799eeed887", "Cakeify", "cakeify_24743216"),
        Make("687632bc5a0f52799eeed929", "Samurai", "samurai_99757865"),
    ];

    private static readonly FrozenDictionary<string, string> Names =
        All.ToFrozenDictionary(effect => effect.EffectCode, effect => effect.Name, StringComparer.Ordinal);

    public static string NameOf(string effectCode) => Names.GetValueOrDefault(effectCode, string.Empty);

    private static Effect Make(string id, string name, string code) =>
        new(id, ListedAt, $"{Assets}{name}.png", name, $"{Assets}{name}.mp4", code);
}

/// <summary>One effect as the list shows it.</summary>
internal sealed record Effect(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("logo")] string Logo,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("video_url")] string VideoUrl,
    [property: JsonPropertyName("effect_code")] string EffectCode);
