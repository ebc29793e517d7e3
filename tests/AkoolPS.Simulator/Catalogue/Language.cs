using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// One entry of <c>data.lang_list</c>, with the documented field names. No <c>need_voice_id</c>: Akool removed the
/// choice of voice on 2025-11-25 and the current page lists only these three fields.
/// </summary>
internal sealed record Language(
    [property: JsonPropertyName("lang_name")] string Name,
    [property: JsonPropertyName("lang_code")] string Code,
    [property: JsonPropertyName("url")] string FlagUrl);
