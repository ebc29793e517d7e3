using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>A talking photo job as createbytalkingphoto answers it: the fields of the official sample, in its order.</summary>
internal sealed record TalkingPhotoJobView(
    [property: JsonPropertyName("faceswap_quality")] int FaceswapQuality,
    [property: JsonPropertyName("storage_loc")] int StorageLoc,
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("from")] int From,
    [property: JsonPropertyName("video_lock_duration")] double VideoLockDuration,
    [property: JsonPropertyName("deduction_lock_duration")] int DeductionLockDuration,
    [property: JsonPropertyName("external_video")] string ExternalVideo,
    [property: JsonPropertyName("talking_photo")] string TalkingPhoto,
    [property: JsonPropertyName("video")] string Video,
    [property: JsonPropertyName("__v")] int Version,
    [property: JsonPropertyName("video_status")] int VideoStatus,
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("resolution")] string Resolution)
{
    /// <summary>The record as stored at creation: queued, no video (see <see cref="TranslationJobView.Of"/>).</summary>
    public static TalkingPhotoJobView Of(Job job, TalkingPhotoDetails details) => new(
        V3VideoRecord.FaceswapQuality,
        V3VideoRecord.StorageLoc,
        job.Id,
        job.CreatedAt,
        SimulatorAccount.Uid,
        V3VideoRecord.TalkingPhotoType,
        V3VideoRecord.FromApi,
        details.VideoLockDuration,
        details.DeductionLockDuration,
        string.Empty,
        details.PhotoUrl,
        string.Empty,
        V3VideoRecord.Version,
        JobStatus.Queued,
        details.Prompt,
        details.Resolution);
}
