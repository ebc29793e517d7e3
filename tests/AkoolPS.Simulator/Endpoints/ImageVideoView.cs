using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// An image-to-video record. The three documented answers (createBySourcePrompt, updateVideoAudio,
/// resultsByIds) show different subsets of one stored record, so one type holds them all and each factory
/// sets only the fields its answer documents; unset optional fields are left out.
/// </summary>
internal sealed record ImageVideoView : VideoRecordView
{
    [JsonPropertyName("update_time"), JsonPropertyOrder(50), JsonIgnore(Condition = Optional)]
    public long? UpdateTime { get; init; }

    [JsonPropertyName("video_duration"), JsonPropertyOrder(51), JsonIgnore(Condition = Optional)]
    public double? VideoDuration { get; init; }

    [JsonPropertyName("effect_name"), JsonPropertyOrder(91)]
    public required string EffectName { get; init; }

    [JsonPropertyName("pre_video_id"), JsonPropertyOrder(92), JsonIgnore(Condition = Optional)]
    public string? PreVideoId { get; init; }

    [JsonPropertyName("image_url"), JsonPropertyOrder(100)]
    public required string ImageUrl { get; init; }

    [JsonPropertyName("negative_prompt"), JsonPropertyOrder(111), JsonIgnore(Condition = Optional)]
    public string? NegativePrompt { get; init; }

    [JsonPropertyName("extend_prompt"), JsonPropertyOrder(112), JsonIgnore(Condition = Optional)]
    public bool? ExtendPrompt { get; init; }

    [JsonPropertyName("audio_type"), JsonPropertyOrder(113)]
    public required int AudioType { get; init; }

    [JsonPropertyName("audio_url"), JsonPropertyOrder(114)]
    public required string AudioUrl { get; init; }

    [JsonPropertyName("effect_code"), JsonPropertyOrder(140)]
    public required string EffectCode { get; init; }

    [JsonPropertyName("only_add_audio"), JsonPropertyOrder(160), JsonIgnore(Condition = Optional)]
    public bool? OnlyAddAudio { get; init; }

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
        WithOutcome(
            Common(job, details, snapshot.Status) with
            {
                UpdateTime = snapshot.FinishedAt ?? job.CreatedAt,
                VideoDuration = details.VideoDuration,
                OnlyAddAudio = details.OnlyAddAudio,
            },
            job,
            snapshot);

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
