using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// A v3 video job as infobymodelid answers it: only the documented fields. Deliberately no
/// <c>language</c>/<c>source_language</c>: the docs do not list them, so a client must not rely on them.
/// </summary>
internal sealed record VideoInfoView(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("team_id")] string TeamId,
    [property: JsonPropertyName("video_id")] string VideoId,
    [property: JsonPropertyName("video_status")] int VideoStatus,
    [property: JsonPropertyName("video")] string Video,
    [property: JsonPropertyName("progress")] int Progress)
{
    [JsonPropertyName("video_lock_duration"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? VideoLockDuration { get; init; }

    [JsonPropertyName("deduction_lock_duration"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DeductionLockDuration { get; init; }

    [JsonPropertyName("deduction_duration"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DeductionDuration { get; init; }

    [JsonPropertyName("audio_splits"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AudioSplits? AudioSplits { get; init; }

    [JsonPropertyName("error_code"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ErrorReason { get; init; }

    public static VideoInfoView Of(Job job, JobSnapshot snapshot, HttpRequest request)
    {
        var completed = snapshot.Status == JobStatus.Completed;
        var translation = job.Details as TranslationDetails;
        return new VideoInfoView(
            job.Id,
            job.CreatedAt,
            SimulatorAccount.Uid,
            SimulatorAccount.TeamId,
            job.VideoId,
            snapshot.Status,
            completed ? ResultFiles.Url(request, job, ResultFiles.Video) : string.Empty,
            snapshot.Progress)
        {
            VideoLockDuration = translation?.VideoLockDuration,
            DeductionLockDuration = translation?.DeductionLockDuration,
            DeductionDuration = completed ? translation?.DeductionLockDuration ?? 1 : null,
            AudioSplits = completed && translation is not null ? AudioSplits.Of(request, job) : null,
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
    public static AudioSplits Of(HttpRequest request, Job job) => new(
        ResultFiles.Url(request, job, ResultFiles.OriginalSrt),
        ResultFiles.Url(request, job, ResultFiles.TranslatedSrt),
        ResultFiles.Url(request, job, ResultFiles.NoCaptionVideo));
}
