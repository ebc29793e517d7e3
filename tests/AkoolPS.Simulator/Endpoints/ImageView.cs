using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>An image-generation record, as createbyprompt, createbybutton and infobymodelid show it.</summary>
internal sealed record ImageView
{
    private const JsonIgnoreCondition Optional = JsonIgnoreCondition.WhenWritingNull;

    [JsonPropertyName("faceswap_quality")]
    public int FaceswapQuality { get; init; } = 2;

    [JsonPropertyName("deduction_credit")]
    public int DeductionCredit { get; init; } = ImageDetails.Price;

    [JsonPropertyName("buttons")]
    public required IReadOnlyList<string> Buttons { get; init; }

    [JsonPropertyName("used_buttons")]
    public IReadOnlyList<string> UsedButtons { get; init; } = [];

    [JsonPropertyName("upscaled_urls")]
    public IReadOnlyList<string> UpscaledUrls { get; init; } = [];

    [JsonPropertyName("_id")]
    public required string Id { get; init; }

    [JsonPropertyName("image_content_model_id"), JsonIgnore(Condition = Optional)]
    public string? ParentId { get; init; }

    [JsonPropertyName("uid")]
    public int Uid { get; init; } = SimulatorAccount.Uid;

    [JsonPropertyName("create_time")]
    public required long CreateTime { get; init; }

    [JsonPropertyName("origin_prompt"), JsonIgnore(Condition = Optional)]
    public string? OriginPrompt { get; init; }

    [JsonPropertyName("source_image"), JsonIgnore(Condition = Optional)]
    public string? SourceImage { get; init; }

    [JsonPropertyName("prompt"), JsonIgnore(Condition = Optional)]
    public string? Prompt { get; init; }

    [JsonPropertyName("op_button"), JsonIgnore(Condition = Optional)]
    public string? OpButton { get; init; }

    [JsonPropertyName("type")]
    public required int Type { get; init; }

    [JsonPropertyName("from")]
    public int From { get; init; } = 1;

    [JsonPropertyName("image_status")]
    public required int ImageStatus { get; init; }

    [JsonPropertyName("image"), JsonIgnore(Condition = Optional)]
    public string? Image { get; init; }

    [JsonPropertyName("error_code"), JsonIgnore(Condition = Optional)]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_reason"), JsonIgnore(Condition = Optional)]
    public string? ErrorReason { get; init; }

    /// <summary>Buttons are offered once the image is completed; the image link too.</summary>
    public static ImageView Of(Job job, ImageDetails details, JobSnapshot snapshot) => new()
    {
        Buttons = snapshot.Status == JobStatus.Completed ? details.Buttons : [],
        Id = job.Id,
        ParentId = details.ParentId,
        CreateTime = job.CreatedAt,
        OriginPrompt = details.ParentId is null ? details.Prompt : null,
        SourceImage = details.SourceImage.Length > 0 ? details.SourceImage : null,
        Prompt = details.Prompt,
        OpButton = details.Button,
        Type = details.Type,
        ImageStatus = snapshot.Status,
        Image = snapshot.Status == JobStatus.Completed ? ResultFiles.Url(job, ResultFiles.Image) : null,
        ErrorCode = snapshot.Failure?.ErrorCode,
        ErrorReason = snapshot.Failure?.ErrorReason,
    };
}
