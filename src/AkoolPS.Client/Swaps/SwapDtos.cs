using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AkoolPS.Client.Json;

internal sealed class FaceDetectionBodyDto
{
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("num_frames")] public int? NumFrames { get; set; }
    [JsonPropertyName("return_face_url")] public bool? ReturnFaceUrl { get; set; }
    [JsonPropertyName("single_face")] public bool? SingleFace { get; set; }
}

internal sealed class FaceSwapBodyDto
{
    [JsonPropertyName("source_url")] public string? SourceUrl { get; set; }
    [JsonPropertyName("target_url")] public string? TargetUrl { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
    [JsonPropertyName("model_style")] public string? ModelStyle { get; set; }
    [JsonPropertyName("single_face_mode")] public bool? SingleFaceMode { get; set; }
    [JsonPropertyName("face_mapping")] public List<FaceMappingDto>? FaceMapping { get; set; }
}

internal sealed class FaceMappingDto
{
    [JsonPropertyName("source_face_info")] public FaceInfoDto? Source { get; set; }
    [JsonPropertyName("target_face_info")] public FaceInfoDto? Target { get; set; }
}

internal sealed class FaceInfoDto
{
    [JsonPropertyName("face_url")] public string? FaceUrl { get; set; }
    [JsonPropertyName("bbox")] public double[]? Bbox { get; set; }
}

internal sealed class CharacterSwapBodyDto
{
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("video")] public string? Video { get; set; }
    [JsonPropertyName("duration")] public double? Duration { get; set; }
    [JsonPropertyName("resolution")] public string? Resolution { get; set; }
    [JsonPropertyName("mode")] public string? Mode { get; set; }
    [JsonPropertyName("prompt")] public string? Prompt { get; set; }
    [JsonPropertyName("model_name")] public string? ModelName { get; set; }

    /// <summary>Lower case, as the character swap page writes it.</summary>
    [JsonPropertyName("webhookurl")] public string? WebhookUrl { get; set; }
}

internal sealed class HeadAnalysisBodyDto
{
    [JsonPropertyName("video_url")] public string? VideoUrl { get; set; }
    [JsonPropertyName("type")] public string Type { get; set; } = "head";
}

internal sealed class HeadSwapBodyDto
{
    [JsonPropertyName("video_url")] public string? VideoUrl { get; set; }
    [JsonPropertyName("mappings")] public List<HeadMappingDto>? Mappings { get; set; }
    [JsonPropertyName("model_name")] public string? ModelName { get; set; }
    [JsonPropertyName("resolution")] public string? Resolution { get; set; }
    [JsonPropertyName("keep_original_sound")] public bool? KeepOriginalSound { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
}

internal sealed class HeadMappingDto
{
    [JsonPropertyName("obj_id")] public int ObjId { get; set; }
    [JsonPropertyName("img_url")] public string? ImgUrl { get; set; }
}

/// <summary>The swap bodies' own source-generated context, beside <see cref="AkoolJsonContext"/>, with the same options.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FaceDetectionBodyDto))]
[JsonSerializable(typeof(FaceSwapBodyDto))]
[JsonSerializable(typeof(CharacterSwapBodyDto))]
[JsonSerializable(typeof(HeadAnalysisBodyDto))]
[JsonSerializable(typeof(HeadSwapBodyDto))]
internal sealed partial class SwapJsonContext : JsonSerializerContext
{
}
