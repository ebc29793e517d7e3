using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// An image-to-video record. The three documented answers (createBySourcePrompt, updateVideoAudio,
/// resultsByIds) show different subsets of one stored record, so one type holds them all and each factory
/// sets only the fields its answer documents; unset optional fields are left out.
/// </summary>
internal sealed record ImageVideoView
{
    private const JsonIgnoreCondition Optional = JsonIgnoreCondition.WhenWritingNull;

    [JsonPropertyName("_id")]
    public required string Id { get; init; }

    [JsonPropertyName("create_time")]
    public required long CreateTime { get; init; }

    [JsonPropertyName("uid")]
    public int Uid { get; init; } = SimulatorAccount.Uid;

    [JsonPropertyName("team_id")]
    public string TeamId { get; init; } = SimulatorAccount.TeamId;

    [JsonPropertyName("update_time"), JsonIgnore(Condition = Optional)]
    public long? UpdateTime { get; init; }

    [JsonPropertyName("video_duration"), JsonIgnore(Condition = Optional)]
    public double? VideoDuration { get; init; }

    [JsonPropertyName("status")]
    public required int Status { get; init; }

    [JsonPropertyName("webhookUrl")]
    public required string WebhookUrl { get; init; }

    [JsonPropertyName("resolution")]
    public required string Resolution { get; init; }

    [JsonPropertyName("file_name")]
    public required string FileName { get; init; }

    [JsonPropertyName("effect_name")]
    public required string EffectName { get; init; }

    [JsonPropertyName("pre_video_id"), JsonIgnore(Condition = Optional)]
    public string? PreVideoId { get; init; }

    [JsonPropertyName("image_url")]
    public required string ImageUrl { get; init; }

    [JsonPropertyName("prompt")]
    public required string Prompt { get; init; }

    [JsonPropertyName("negative_prompt"), JsonIgnore(Condition = Optional)]
    public string? NegativePrompt { get; init; }

    [JsonPropertyName("extend_prompt"), JsonIgnore(Condition = Optional)]
    public bool? ExtendPrompt { get; init; }

    [JsonPropertyName("audio_type")]
    public required int AudioType { get; init; }

    [JsonPropertyName("audio_url")]
    public required string AudioUrl { get; init; }

    [JsonPropertyName("deduction_credit")]
    public required int DeductionCredit { get; init; }

    [JsonPropertyName("effect_code")]
    public required string EffectCode { get; init; }

    [JsonPropertyName("video_url"), JsonIgnore(Condition = Optional)]
    public string? VideoUrl { get; init; }

    [JsonPropertyName("only_add_audio"), JsonIgnore(Condition = Optional)]
    public bool? OnlyAddAudio { get; init; }

    [JsonPropertyName("error_code"), JsonIgnore(Condition = Optional)]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_reason"), JsonIgnore(Condition = Optional)]
    public string? ErrorReason { get; init; }

    /// <summary>createBySourcePrompt's answer: the record as stored, queued (see <see cref="TranslationJobView.Of"/>).</summary>
    public static ImageVideoView Created(Job job, ImageToVideoDetails details) =>
        Common(job, details, JobStatus.Queued) with { NegativePrompt = details.NegativePrompt, ExtendPrompt = details.ExtendPrompt };

    /// <summary>updateVideoAudio's answer: the new record, queued, with its source and the length it inherited.</summary>
    public static ImageVideoView AudioUpdated(Job job, ImageToVideoDetails details) =>
        Created(job, details) with
        {
            UpdateTime = job.CreatedAt,
            VideoDuration = details.VideoDuration,
            PreVideoId = details.PreVideoId,
            OnlyAddAudio = true,
        };

    /// <summary>One item of resultsByIds: the record now, with <c>video_url</c> once completed and the error once failed.</summary>
    public static ImageVideoView Result(Job job, ImageToVideoDetails details, JobSnapshot snapshot) =>
        Common(job, details, snapshot.Status) with
        {
            UpdateTime = snapshot.FinishedAt ?? job.CreatedAt,
            VideoDuration = details.VideoDuration,
            VideoUrl = snapshot.Status == JobStatus.Completed ? ResultFiles.Url(job, ResultFiles.Video) : null,
            OnlyAddAudio = details.OnlyAddAudio,
            ErrorCode = snapshot.Failure?.ErrorCode,
            ErrorReason = snapshot.Failure?.ErrorReason,
        };

    private static ImageVideoView Common(Job job, ImageToVideoDetails details, int status) => new()
    {
        Id = job.Id,
        CreateTime = job.CreatedAt,
        Status = status,
        WebhookUrl = job.WebhookUrl,
        Resolution = details.Resolution,
        FileName = details.FileName,
        EffectName = details.EffectName,
        ImageUrl = details.ImageUrl,
        Prompt = details.Prompt,
        AudioType = details.AudioType,
        AudioUrl = details.AudioUrl,
        DeductionCredit = details.Credits,
        EffectCode = details.EffectCode,
    };
}
