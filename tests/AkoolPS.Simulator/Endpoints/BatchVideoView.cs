using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// A video made by a batch call, as its <c>successList</c> entry and as a resultsByIds item show it (the
/// official successList fields; resultsByIds adds <c>video_url</c> once completed and the error once failed).
/// </summary>
internal sealed record BatchVideoView : VideoRecordView
{
    [JsonPropertyName("image_url"), JsonPropertyOrder(100), JsonIgnore(Condition = Optional)]
    public string? ImageUrl { get; init; }

    [JsonPropertyName("negative_prompt"), JsonPropertyOrder(111)]
    public required string NegativePrompt { get; init; }

    [JsonPropertyName("extend_prompt"), JsonPropertyOrder(112)]
    public required bool ExtendPrompt { get; init; }

    [JsonPropertyName("last_image_url"), JsonPropertyOrder(113), JsonIgnore(Condition = Optional)]
    public string? LastImageUrl { get; init; }

    [JsonPropertyName("model_name"), JsonPropertyOrder(140)]
    public required string ModelName { get; init; }

    [JsonPropertyName("batch_id"), JsonPropertyOrder(141)]
    public required string BatchId { get; init; }

    [JsonPropertyName("batch_count"), JsonPropertyOrder(142)]
    public required int BatchCount { get; init; }

    public static BatchVideoView Of(Job job, BatchVideoDetails details, JobSnapshot snapshot) => WithOutcome(
        new BatchVideoView
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
        },
        job,
        snapshot);
}

/// <summary>
/// An <c>errorList</c> entry. The docs give no fields for it; the simulator says which entry of the batch
/// failed (0-based <c>index</c>) with Akool's usual <c>code</c> and <c>msg</c>.
/// </summary>
internal sealed record BatchErrorView(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("msg")] string Msg);
