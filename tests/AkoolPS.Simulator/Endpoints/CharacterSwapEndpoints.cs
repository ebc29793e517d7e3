using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary><c>POST /api/open/v4/characterSwap/create</c>; the job is read with infobymodelid (see <see cref="VideoInfoEndpoint"/>).</summary>
internal static class CharacterSwapEndpoints
{
    public static void Map(RouteGroupBuilder open) => open.MapPost("/v4/characterSwap/create", CreateAsync);

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = CharacterSwapRequestValidator.Validate(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(CharacterSwapView.Of(job, request.Details, job.Evaluate(state.NowMs), created: true));
    }
}

/// <summary>A character swap record: the create answer and the infobymodelid answer of the official pages.</summary>
internal sealed record CharacterSwapView
{
    private const JsonIgnoreCondition Optional = JsonIgnoreCondition.WhenWritingNull;

    [JsonPropertyName("_id")] public required string Id { get; init; }
    [JsonPropertyName("create_time")] public required long CreateTime { get; init; }
    [JsonPropertyName("uid")] public int Uid { get; init; } = SimulatorAccount.Uid;
    [JsonPropertyName("team_id")] public string TeamId { get; init; } = SimulatorAccount.TeamId;
    [JsonPropertyName("update_time"), JsonIgnore(Condition = Optional)] public long? UpdateTime { get; init; }
    [JsonPropertyName("status"), JsonIgnore(Condition = Optional)] public int? Status { get; init; }
    [JsonPropertyName("video_duration")] public required double VideoDuration { get; init; }
    [JsonPropertyName("deduction_credit")] public required int DeductionCredit { get; init; }
    [JsonPropertyName("resolution")] public required string Resolution { get; init; }
    [JsonPropertyName("file_name")] public required string FileName { get; init; }
    [JsonPropertyName("image_url")] public required string ImageUrl { get; init; }
    [JsonPropertyName("video_url")] public required string VideoUrl { get; init; }
    [JsonPropertyName("video"), JsonIgnore(Condition = Optional)] public string? Video { get; init; }
    [JsonPropertyName("prompt")] public required string Prompt { get; init; }
    [JsonPropertyName("mode"), JsonIgnore(Condition = Optional)] public string? Mode { get; init; }
    [JsonPropertyName("model_name"), JsonIgnore(Condition = Optional)] public string? ModelName { get; init; }
    [JsonPropertyName("webhookUrl")] public required string WebhookUrl { get; init; }
    [JsonPropertyName("video_status"), JsonIgnore(Condition = Optional)] public int? VideoStatus { get; init; }
    [JsonPropertyName("faceswap_fail_reason"), JsonIgnore(Condition = Optional)] public string? FailReason { get; init; }

    /// <summary>The create answer (<c>status</c>, mode and model) or the infobymodelid one (<c>video_status</c>, result, failure).</summary>
    public static CharacterSwapView Of(Job job, CharacterSwapDetails details, JobSnapshot snapshot, bool created = false)
    {
        var view = new CharacterSwapView
        {
            Id = job.Id,
            CreateTime = job.CreatedAt,
            VideoDuration = details.VideoDuration,
            DeductionCredit = snapshot.Status == JobStatus.Failed ? 0 : details.Credits,
            Resolution = details.Resolution,
            FileName = details.FileName(job.CreatedAt),
            ImageUrl = details.ImageUrl,
            VideoUrl = details.VideoUrl,
            Prompt = details.Prompt,
            WebhookUrl = job.WebhookUrl,
        };
        return created
            ? view with { Status = JobStatus.Queued, Mode = details.Mode, ModelName = details.ModelName }
            : view with
            {
                UpdateTime = snapshot.FinishedAt,
                VideoStatus = snapshot.Status,
                Video = snapshot.Status == JobStatus.Completed ? ResultFiles.ResultUrl(job) : null,
                FailReason = snapshot.Failure?.ErrorReason,
            };
    }
}
