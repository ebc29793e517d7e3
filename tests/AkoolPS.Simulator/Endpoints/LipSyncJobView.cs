using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>A lip sync job as the lipsync call answers it: the fields of the docs' sample, in its order.</summary>
internal sealed record LipSyncJobView(
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("from")] int From,
    [property: JsonPropertyName("target_video")] string TargetVideo,
    [property: JsonPropertyName("faceswap_quality")] int FaceswapQuality,
    [property: JsonPropertyName("video_id")] string VideoId,
    [property: JsonPropertyName("video_status")] int VideoStatus,
    [property: JsonPropertyName("video_lock_duration")] double VideoLockDuration,
    [property: JsonPropertyName("deduction_lock_duration")] int DeductionLockDuration,
    [property: JsonPropertyName("external_video")] string ExternalVideo,
    [property: JsonPropertyName("video")] string Video,
    [property: JsonPropertyName("storage_loc")] int StorageLoc,
    [property: JsonPropertyName("input_audio")] string InputAudio,
    [property: JsonPropertyName("webhookUrl")] string WebhookUrl,
    [property: JsonPropertyName("task_id")] string TaskId,
    [property: JsonPropertyName("lipsync")] bool Lipsync,
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("__v")] int Version)
{
    /// <summary>The record as stored at creation: queued, no video (see <see cref="TranslationJobView.Of"/>).</summary>
    public static LipSyncJobView Of(Job job, LipSyncDetails details) => new(
        job.CreatedAt,
        SimulatorAccount.Uid,
        V3VideoRecord.LipSyncType,
        V3VideoRecord.FromApi,
        details.VideoUrl,
        V3VideoRecord.FaceswapQuality,
        job.VideoId,
        JobStatus.Queued,
        details.VideoLockDuration,
        details.DeductionLockDuration,
        string.Empty,
        string.Empty,
        V3VideoRecord.StorageLoc,
        details.AudioUrl,
        job.WebhookUrl,
        job.VideoId,
        true,
        job.Id,
        V3VideoRecord.Version);
}
