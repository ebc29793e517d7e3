using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// One voice of VoiceLab as voice/list and voice/detail answer it, with every documented field: an Akool
/// voice or a clone. A clone that has not completed has no <c>voice_id</c> and no <c>preview</c> yet (null).
/// </summary>
internal sealed record LabVoice(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("team_id")] string TeamId,
    [property: JsonPropertyName("voice_id")] string? VoiceId,
    [property: JsonPropertyName("gender")] string Gender,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("locale")] string Locale,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("preview")] string? Preview,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("duration")] int Duration,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("update_time")] long UpdateTime,
    [property: JsonPropertyName("style")] IReadOnlyList<string> Style,
    [property: JsonPropertyName("scenario")] IReadOnlyList<string> Scenario,
    [property: JsonPropertyName("age")] IReadOnlyList<string> Age,
    [property: JsonPropertyName("deduction_credit")] int DeductionCredit,
    [property: JsonPropertyName("webhookUrl")] string WebhookUrl,
    [property: JsonPropertyName("voice_model_name")] string VoiceModelName,
    [property: JsonPropertyName("support_stream")] bool SupportStream)
{
    /// <summary>True for a clone of this account (type 1), false for an Akool voice (type 2).</summary>
    [JsonIgnore]
    public bool IsClone { get; init; }

    public bool HasAny(IReadOnlyCollection<string>? wanted, IReadOnlyList<string> tags) =>
        wanted is null || tags.Any(tag => wanted.Contains(tag, StringComparer.OrdinalIgnoreCase));
}
