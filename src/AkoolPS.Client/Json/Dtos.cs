using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// The wire shapes of Akool's JSON, exactly as documented (snake_case and all). They stay internal:
// the client's public models are in AkoolPS.Client.Models.
namespace AkoolPS.Client.Json;

internal sealed class LanguageListDto
{
    [JsonPropertyName("lang_list")] public List<LanguageDto>? LangList { get; set; }
}

internal sealed class LanguageDto
{
    [JsonPropertyName("lang_name")] public string? LangName { get; set; }
    [JsonPropertyName("lang_code")] public string? LangCode { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    // Akool removed the choice of voice on 2025-11-25; older answers still carry need_voice_id: read and ignored.
    [JsonPropertyName("need_voice_id")] public JsonElement? NeedVoiceId { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A v3 video job, as answered by the create calls and by infobymodelid.</summary>
internal sealed class VideoInfoDto
{
    [JsonPropertyName("_id")] public string? Id { get; set; }
    [JsonPropertyName("create_time")] public double? CreateTime { get; set; }
    [JsonPropertyName("uid")] public long? Uid { get; set; }
    [JsonPropertyName("team_id")] public string? TeamId { get; set; }
    [JsonPropertyName("video_id")] public string? VideoId { get; set; }
    [JsonPropertyName("task_id")] public string? TaskId { get; set; }
    [JsonPropertyName("video_status")] public int? VideoStatus { get; set; }
    [JsonPropertyName("video")] public string? Video { get; set; }
    [JsonPropertyName("progress")] public double? Progress { get; set; }
    [JsonPropertyName("deduction_duration")] public double? DeductionDuration { get; set; }
    [JsonPropertyName("deduction_lock_duration")] public double? DeductionLockDuration { get; set; }
    [JsonPropertyName("video_lock_duration")] public double? VideoLockDuration { get; set; }
    [JsonPropertyName("error_code")] public long? ErrorCode { get; set; }
    [JsonPropertyName("error_reason")] public string? ErrorReason { get; set; }

    /// <summary>The reason a failed character swap gives instead of <c>error_reason</c>.</summary>
    [JsonPropertyName("faceswap_fail_reason")] public string? FaceswapFailReason { get; set; }
    [JsonPropertyName("audio_splits")] public AudioSplitsDto? AudioSplits { get; set; }
    [JsonPropertyName("target_video")] public string? TargetVideo { get; set; }
    [JsonPropertyName("talking_photo")] public string? TalkingPhoto { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("source_language")] public string? SourceLanguage { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
}

internal sealed class AudioSplitsDto
{
    [JsonPropertyName("original_srt_url")] public string? OriginalSrtUrl { get; set; }
    [JsonPropertyName("translated_srt_url")] public string? TranslatedSrtUrl { get; set; }
    [JsonPropertyName("no_caption_video_url")] public string? NoCaptionVideoUrl { get; set; }
}

internal sealed class TokenRequestDto
{
    [JsonPropertyName("clientId")] public string? ClientId { get; set; }
    [JsonPropertyName("clientSecret")] public string? ClientSecret { get; set; }
}

internal sealed class TranslationBodyDto
{
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("source_language")] public string? SourceLanguage { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("lipsync")] public bool? LipSync { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
    [JsonPropertyName("speaker_num")] public int? SpeakerNum { get; set; }
    [JsonPropertyName("remove_bgm")] public bool? RemoveBgm { get; set; }
    [JsonPropertyName("caption_type")] public int? CaptionType { get; set; }
    [JsonPropertyName("caption_url")] public string? CaptionUrl { get; set; }
    [JsonPropertyName("studio_voice")] public StudioVoiceDto? StudioVoice { get; set; }
    [JsonPropertyName("dynamic_duration")] public bool? DynamicDuration { get; set; }
}

internal sealed class StudioVoiceDto
{
    [JsonPropertyName("no_translate_words")] public List<string>? NoTranslateWords { get; set; }
    [JsonPropertyName("style")] public string? Style { get; set; }
    [JsonPropertyName("fixed_words")] public Dictionary<string, string>? FixedWords { get; set; }
    [JsonPropertyName("pronounced_words")] public Dictionary<string, string>? PronouncedWords { get; set; }
}

/// <summary>An image-to-video job, as answered by createBySourcePrompt, updateVideoAudio and resultsByIds.</summary>
internal sealed class ImageVideoDto
{
    [JsonPropertyName("_id")] public string? Id { get; set; }
    [JsonPropertyName("create_time")] public double? CreateTime { get; set; }
    [JsonPropertyName("status")] public int? Status { get; set; }
    [JsonPropertyName("video_url")] public string? VideoUrl { get; set; }
    [JsonPropertyName("deduction_credit")] public double? DeductionCredit { get; set; }
    [JsonPropertyName("image_url")] public string? ImageUrl { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
    [JsonPropertyName("error_code")] public long? ErrorCode { get; set; }
    [JsonPropertyName("error_reason")] public string? ErrorReason { get; set; }
    [JsonPropertyName("error_msg")] public string? ErrorMessage { get; set; }
    [JsonPropertyName("pre_video_id")] public string? PreVideoId { get; set; }
}

internal sealed class IdListDto
{
    [JsonPropertyName("_ids")] public string? Ids { get; set; }
}

internal sealed class TalkingPhotoBodyDto
{
    [JsonPropertyName("talking_photo_url")] public string? TalkingPhotoUrl { get; set; }
    [JsonPropertyName("audio_url")] public string? AudioUrl { get; set; }
    [JsonPropertyName("prompt")] public string? Prompt { get; set; }
    [JsonPropertyName("resolution")] public string? Resolution { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
}

internal sealed class LipSyncBodyDto
{
    [JsonPropertyName("video_url")] public string? VideoUrl { get; set; }
    [JsonPropertyName("audio_url")] public string? AudioUrl { get; set; }
    [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
}

internal sealed class ImageToVideoBodyDto
{
    [JsonPropertyName("image_url")] public string? ImageUrl { get; set; }
    [JsonPropertyName("prompt")] public string? Prompt { get; set; }
    [JsonPropertyName("negative_prompt")] public string? NegativePrompt { get; set; }
    [JsonPropertyName("extend_prompt")] public bool? ExtendPrompt { get; set; }
    [JsonPropertyName("resolution")] public string? Resolution { get; set; }
    [JsonPropertyName("audio_url")] public string? AudioUrl { get; set; }
    [JsonPropertyName("audio_type")] public int? AudioType { get; set; }
    [JsonPropertyName("video_length")] public int? VideoLength { get; set; }
    [JsonPropertyName("is_premium_model")] public bool? IsPremiumModel { get; set; }
    [JsonPropertyName("effect_code")] public string? EffectCode { get; set; }

    // Lower case on purpose: this endpoint's field is "webhookurl", unlike the v3 ones.
    [JsonPropertyName("webhookurl")] public string? WebhookUrl { get; set; }
}

internal sealed class UpdateVideoAudioBodyDto
{
    [JsonPropertyName("pre_video_id")] public string? PreVideoId { get; set; }
    [JsonPropertyName("audio_url")] public string? AudioUrl { get; set; }
    [JsonPropertyName("audio_type")] public int? AudioType { get; set; }
}

internal sealed class CreditDto
{
    [JsonPropertyName("credit")] public double? Credit { get; set; }
}

/// <summary>One line of a create journal (PascalCase: the file is read back with ConvertFrom-Json and piped on).</summary>
internal sealed class JournalLineDto
{
    public string? State { get; set; }
    public string? Fingerprint { get; set; }
    public string? RecordedAt { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Target { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Message { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Id { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Kind { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Status { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Language { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SourceLanguage { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SourceUrl { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? CreatedAt { get; set; }
}
