using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// VoiceLab's wire shapes (the official voiceLab page), read leniently and checked by the mapper.
namespace AkoolPS.Client.Json;

internal sealed class LabVoicePageDto
{
    [JsonPropertyName("page")] public int? Page { get; set; }
    [JsonPropertyName("size")] public int? Size { get; set; }
    [JsonPropertyName("count")] public int? Count { get; set; }
    [JsonPropertyName("result")] public List<JsonElement>? Result { get; set; }
}

internal sealed class LabVoiceDto
{
    [JsonPropertyName("_id")] public string? Id { get; set; }
    [JsonPropertyName("voice_id")] public string? VoiceId { get; set; }
    [JsonPropertyName("gender")] public string? Gender { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("preview")] public string? Preview { get; set; }
    [JsonPropertyName("duration")] public double? Duration { get; set; }
    [JsonPropertyName("status")] public int? Status { get; set; }
    [JsonPropertyName("create_time")] public double? CreateTime { get; set; }
    [JsonPropertyName("style"), JsonConverter(typeof(StringListConverter))] public List<string>? Style { get; set; }
    [JsonPropertyName("scenario"), JsonConverter(typeof(StringListConverter))] public List<string>? Scenario { get; set; }
    [JsonPropertyName("age"), JsonConverter(typeof(StringListConverter))] public List<string>? Age { get; set; }
    [JsonPropertyName("voice_model_name")] public string? VoiceModelName { get; set; }
    [JsonPropertyName("support_stream")] public bool? SupportStream { get; set; }
}

/// <summary>A tts or change record (create answer or resource/detail's <c>result</c>).</summary>
internal sealed class LabResourceDto
{
    [JsonPropertyName("_id")] public string? Id { get; set; }
    [JsonPropertyName("status")] public int? Status { get; set; }
    [JsonPropertyName("preview")] public string? Preview { get; set; }
    [JsonPropertyName("rate")] public string? Rate { get; set; }
    [JsonPropertyName("create_time")] public double? CreateTime { get; set; }
    [JsonPropertyName("deduction_credit")] public double? DeductionCredit { get; set; }
    [JsonPropertyName("language_code")] public string? LanguageCode { get; set; }
    [JsonPropertyName("source_voice_file")] public string? SourceVoiceFile { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
    [JsonPropertyName("voice_id")] public string? VoiceId { get; set; }
}

internal sealed class LabDeleteBodyDto
{
    [JsonPropertyName("_ids")] public List<string> Ids { get; set; } = new();
}

internal sealed class LabDeleteDto
{
    [JsonPropertyName("successIds")] public List<string>? SuccessIds { get; set; }
    [JsonPropertyName("noPermissionVoices")] public List<LabRefusalDto>? NoPermissionVoices { get; set; }
}

internal sealed class LabRefusalDto
{
    [JsonPropertyName("_id")] public string? Id { get; set; }
    [JsonPropertyName("msg")] public string? Msg { get; set; }
}
