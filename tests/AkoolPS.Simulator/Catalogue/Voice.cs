using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>One voice of <c>GET /api/open/v4/voice/videoTranslation</c>, with every documented field.</summary>
internal sealed record Voice(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("voice_id")] string VoiceId,
    [property: JsonPropertyName("gender")] string Gender,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("preview")] string Preview,
    [property: JsonPropertyName("thumbnailUrl")] string ThumbnailUrl,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("flag_url")] string FlagUrl,
    [property: JsonPropertyName("useCase")] string UseCase,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("age")] IReadOnlyList<string> Age,
    [property: JsonPropertyName("style")] IReadOnlyList<string> Style,
    [property: JsonPropertyName("duration")] int Duration,
    [property: JsonPropertyName("scenario")] IReadOnlyList<string> Scenario,
    [property: JsonPropertyName("language_code")] string LanguageCode);
