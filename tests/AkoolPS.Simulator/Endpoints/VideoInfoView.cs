using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// A v3 video job (translation, talking photo, lip sync) as infobymodelid answers it: only the documented
/// fields. Deliberately no <c>language</c>/<c>source_language</c>: the docs do not list them, so a client
/// must not rely on them.
/// </summary>
internal sealed record VideoInfoView(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("team_id")] string TeamId,
    [property: JsonPropertyName("video_id")] string VideoId,
    [property: JsonPropertyName("video_status")] int VideoStatus,
    [property: JsonPropertyName("video")] string Video,
    [property: JsonPropertyName("progress")] int Progress,
    [property: JsonPropertyName("video_lock_duration")] double VideoLockDuration,
    [property: JsonPropertyName("deduction_lock_duration")] int DeductionLockDuration)
{
    [JsonPropertyName("deduction_duration"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DeductionDuration { get; init; }

    [JsonPropertyName("audio_splits"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AudioSplits? AudioSplits { get; init; }

    [JsonPropertyName("error_code"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ErrorReason { get; init; }

    public static VideoInfoView Of(Job job, V3VideoDetails details, JobSnapshot snapshot)
    {
        var completed = snapshot.Status == JobStatus.Completed;
        return new VideoInfoView(
            job.Id,
            job.CreatedAt,
            SimulatorAccount.Uid,
            SimulatorAccount.TeamId,
            job.VideoId,
            snapshot.Status,
            completed ? ResultFiles.Url(job, ResultFiles.Video) : string.Empty,
            snapshot.Progress,
            details.VideoLockDuration,
            details.DeductionLockDuration)
        {
            DeductionDuration = completed ? details.DeductionLockDuration : null,
            AudioSplits = completed && details is TranslationDetails ? AudioSplits.Of(job) : null,
            ErrorCode = snapshot.Failure?.ErrorCode,
            ErrorReason = snapshot.Failure?.ErrorReason,
        };
    }
}

/// <summary>The extra files of a finished translation.</summary>
internal sealed record AudioSplits(
    [property: JsonPropertyName("original_srt_url")] string OriginalSrtUrl,
    [property: JsonPropertyName("translated_srt_url")] string TranslatedSrtUrl,
    [property: JsonPropertyName("no_caption_video_url")] string NoCaptionVideoUrl)
{
    public static AudioSplits Of(Job job) => new(
        ResultFiles.Url(job, ResultFiles.OriginalSrt),
        ResultFiles.Url(job, ResultFiles.TranslatedSrt),
        ResultFiles.Url(job, ResultFiles.NoCaptionVideo));
}
