using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// The fields that every record of Akool's image- and text-to-video family shows, whether as an image-to-video
/// answer (<see cref="ImageVideoView"/>) or as a video of a batch call (<see cref="BatchVideoView"/>). Each
/// field has its place in the documented samples: the numbers leave gaps, so that each answer puts its own
/// fields where its sample shows them and the JSON keeps the documented order.
/// </summary>
internal abstract record VideoRecordView
{
    protected const JsonIgnoreCondition Optional = JsonIgnoreCondition.WhenWritingNull;

    [JsonPropertyName("_id"), JsonPropertyOrder(10)]
    public required string Id { get; init; }

    [JsonPropertyName("create_time"), JsonPropertyOrder(20)]
    public required long CreateTime { get; init; }

    [JsonPropertyName("uid"), JsonPropertyOrder(30)]
    public int Uid { get; init; } = SimulatorAccount.Uid;

    [JsonPropertyName("team_id"), JsonPropertyOrder(40)]
    public string TeamId { get; init; } = SimulatorAccount.TeamId;

    [JsonPropertyName("status"), JsonPropertyOrder(60)]
    public required int Status { get; init; }

    [JsonPropertyName("webhookUrl"), JsonPropertyOrder(70)]
    public required string WebhookUrl { get; init; }

    [JsonPropertyName("resolution"), JsonPropertyOrder(80)]
    public required string Resolution { get; init; }

    [JsonPropertyName("file_name"), JsonPropertyOrder(90)]
    public required string FileName { get; init; }

    [JsonPropertyName("prompt"), JsonPropertyOrder(110)]
    public required string Prompt { get; init; }

    [JsonPropertyName("deduction_credit"), JsonPropertyOrder(130)]
    public required int DeductionCredit { get; init; }

    [JsonPropertyName("video_url"), JsonPropertyOrder(150), JsonIgnore(Condition = Optional)]
    public string? VideoUrl { get; init; }

    [JsonPropertyName("error_code"), JsonPropertyOrder(170), JsonIgnore(Condition = Optional)]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_reason"), JsonPropertyOrder(180), JsonIgnore(Condition = Optional)]
    public string? ErrorReason { get; init; }

    /// <summary>What resultsByIds adds to a record: <c>video_url</c> once completed, the error once failed.</summary>
    protected static TView WithOutcome<TView>(TView view, Job job, JobSnapshot snapshot)
        where TView : VideoRecordView => (TView)(view with
        {
            VideoUrl = snapshot.Status == JobStatus.Completed ? ResultFiles.Url(job, ResultFiles.Video) : null,
            ErrorCode = snapshot.Failure?.ErrorCode,
            ErrorReason = snapshot.Failure?.ErrorReason,
        });
}
