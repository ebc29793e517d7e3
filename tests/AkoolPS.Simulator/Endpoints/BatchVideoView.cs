using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// A video made by a batch call, as its <c>successList</c> entry and as a resultsByIds item show it (the
/// official successList fields; resultsByIds adds <c>video_url</c> once completed and the error once failed).
/// </summary>
internal sealed record BatchVideoView
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

    [JsonPropertyName("status")]
    public required int Status { get; init; }

    [JsonPropertyName("webhookUrl")]
    public required string WebhookUrl { get; init; }

    [JsonPropertyName("resolution")]
    public required string Resolution { get; init; }

    [JsonPropertyName("file_name")]
    public required string FileName { get; init; }

    [JsonPropertyName("image_url"), JsonIgnore(Condition = Optional)]
    public string? ImageUrl { get; init; }

    [JsonPropertyName("prompt")]
    public required string Prompt { get; init; }

    [JsonPropertyName("negative_prompt")]
    public required string NegativePrompt { get; init; }

    [JsonPropertyName("extend_prompt")]
    public required bool ExtendPrompt { get; init; }

    [JsonPropertyName("last_image_url"), JsonIgnore(Condition = Optional)]
    public string? LastImageUrl { get; init; }

    [JsonPropertyName("deduction_credit")]
    public required int DeductionCredit { get; init; }

    [JsonPropertyName("model_name")]
    public required string ModelName { get; init; }

    [JsonPropertyName("batch_id")]
    public required string BatchId { get; init; }

    [JsonPropertyName("batch_count")]
    public required int BatchCount { get; init; }

    [JsonPropertyName("video_url"), JsonIgnore(Condition = Optional)]
    public string? VideoUrl { get; init; }

    [JsonPropertyName("error_code"), JsonIgnore(Condition = Optional)]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_reason"), JsonIgnore(Condition = Optional)]
    public string? ErrorReason { get; init; }

    public static BatchVideoView Of(Job job, BatchVideoDetails details, JobSnapshot snapshot) => new()
    {
        Id = job.Id,
        CreateTime = job.CreatedAt,
        Status = snapshot.Status,
        WebhookUrl = job.WebhookUrl,
        Resolution = details.Resolution,
        FileName = details.FileName,
        ImageUrl = details.Kind == JobKind.ImageToVideo ? details.ImageUrl : null,
        Prompt = details.Prompt,
        NegativePrompt = details.NegativePrompt,
        ExtendPrompt = details.ExtendPrompt,
        LastImageUrl = details.LastImageUrl.Length > 0 ? details.LastImageUrl : null,
        DeductionCredit = details.Credits,
        ModelName = details.ModelName,
        BatchId = details.BatchId,
        BatchCount = details.BatchCount,
        VideoUrl = snapshot.Status == JobStatus.Completed ? ResultFiles.Url(job, ResultFiles.Video) : null,
        ErrorCode = snapshot.Failure?.ErrorCode,
        ErrorReason = snapshot.Failure?.ErrorReason,
    };
}

/// <summary>
/// An <c>errorList</c> entry. The docs give no fields for it; the simulator says which entry of the batch
/// failed (0-based <c>index</c>) with Akool's usual <c>code</c> and <c>msg</c>.
/// </summary>
internal sealed record BatchErrorView(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("msg")] string Msg);
