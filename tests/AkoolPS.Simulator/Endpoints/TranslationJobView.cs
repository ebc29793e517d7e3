using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>A translation job as createbytranslate answers it: the fields of the docs' sample, in their order.</summary>
internal sealed record TranslationJobView(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("team_id")] string TeamId,
    [property: JsonPropertyName("target_video")] string TargetVideo,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("source_language")] string SourceLanguage,
    [property: JsonPropertyName("video_id")] string VideoId,
    [property: JsonPropertyName("video_status")] int VideoStatus,
    [property: JsonPropertyName("video_lock_duration")] double VideoLockDuration,
    [property: JsonPropertyName("deduction_lock_duration")] int DeductionLockDuration,
    [property: JsonPropertyName("video")] string Video,
    [property: JsonPropertyName("credentialId")] string CredentialId,
    [property: JsonPropertyName("task_id")] string TaskId,
    [property: JsonPropertyName("target_video_md5")] string TargetVideoMd5,
    [property: JsonPropertyName("lipsync")] bool Lipsync,
    [property: JsonPropertyName("lipSyncType")] int LipSyncType,
    [property: JsonPropertyName("speaker_num")] int SpeakerNum,
    [property: JsonPropertyName("webhookUrl")] string WebhookUrl)
{
    /// <summary>
    /// The record as stored at creation: always queued with no video, as the real create call answers,
    /// even when a zero duration means the job is already done by the time anyone asks.
    /// </summary>
    public static TranslationJobView Of(Job job, TranslationDetails details) => new(
        job.Id,
        job.CreatedAt,
        SimulatorAccount.Uid,
        SimulatorAccount.TeamId,
        details.TargetVideo,
        details.TargetLanguage,
        details.SourceLanguage,
        job.VideoId,
        JobStatus.Queued,
        details.VideoLockDuration,
        details.DeductionLockDuration,
        string.Empty,
        SimulatorAccount.CredentialId,
        job.VideoId,
        $"md5_{job.CreatedAt}",
        details.Lipsync,
        details.Lipsync ? 1 : 0,
        details.SpeakerNum,
        job.WebhookUrl);
}
