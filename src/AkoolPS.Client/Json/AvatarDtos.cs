using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// The wire shapes of Akool's avatar list, talking avatar and Jarvis Moderator calls, as documented.
namespace AkoolPS.Client.Json;

internal sealed class AvatarDto
{
    [JsonPropertyName("_id")] public string? Id { get; set; }
    [JsonPropertyName("avatar_id")] public string? AvatarId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("type")] public int? Type { get; set; }
    [JsonPropertyName("from")] public int? From { get; set; }
    [JsonPropertyName("status")] public int? Status { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; set; }
    [JsonPropertyName("gender")] public string? Gender { get; set; }
    [JsonPropertyName("create_time")] public double? CreateTime { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>talkingavatar/create: a 3840x2160 frame and its elements.</summary>
internal sealed class TalkingAvatarBodyDto
{
    [JsonPropertyName("width")] public int Width { get; set; }
    [JsonPropertyName("height")] public int Height { get; set; }
    [JsonPropertyName("avatar_from")] public int AvatarFrom { get; set; }
    [JsonPropertyName("elements")] public List<AvatarElementDto> Elements { get; set; } = new();
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
}

internal sealed class AvatarElementDto
{
    [JsonPropertyName("type")] public string Type { get; set; } = string.Empty;
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("avatar_id")] public string? AvatarId { get; set; }
    [JsonPropertyName("scale_x")] public double? ScaleX { get; set; }
    [JsonPropertyName("scale_y")] public double? ScaleY { get; set; }
    [JsonPropertyName("offset_x")] public double? OffsetX { get; set; }
    [JsonPropertyName("offset_y")] public double? OffsetY { get; set; }
    [JsonPropertyName("width")] public int? Width { get; set; }
    [JsonPropertyName("height")] public int? Height { get; set; }
    [JsonPropertyName("input_text")] public string? InputText { get; set; }
    [JsonPropertyName("voice_id")] public string? VoiceId { get; set; }
}

internal sealed class ModerationBodyDto
{
    [JsonPropertyName("content")] public string Content { get; set; } = string.Empty;
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("input")] public string? Input { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
}
