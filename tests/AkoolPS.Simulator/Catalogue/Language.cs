using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>One entry of <c>data.lang_list</c>, with the documented field names.</summary>
internal sealed record Language(
    [property: JsonPropertyName("lang_name")] string Name,
    [property: JsonPropertyName("lang_code")] string Code,
    [property: JsonPropertyName("url")] string FlagUrl,
    [property: JsonPropertyName("need_voice_id")] bool NeedVoiceId);
