using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// Jarvis Moderator: <c>POST /api/open/v3/content/analysis/sentiment</c> creates an analysis,
/// <c>GET /api/open/v3/content/analysis/infobyid?_id=</c> reads it (status 1-4, <c>result</c> and
/// <c>final_conclusion</c> once completed). Ids of other kinds of job answer 1008 here.
/// </summary>
internal static class ModerationEndpoints
{
    public static void Map(RouteGroupBuilder open)
    {
        open.MapPost("/v3/content/analysis/sentiment", CreateAsync);
        open.MapGet("/v3/content/analysis/infobyid", GetInfo);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = ModerationRequestValidator.Validate(await JsonBody.ReadObjectAsync(context), state.Config);
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(new Created(job.CreatedAt, SimulatorAccount.Uid, request.Details.Type, JobStatus.Queued, request.WebhookUrl, string.Empty, job.Id, V3VideoRecord.Version));
    }

    private static AkoolResult GetInfo(HttpContext context, SimulatorState state)
    {
        var id = context.Request.Query["_id"].ToString().Trim();
        Require.That(id.Length > 0, "_id is required");
        if (state.Jobs.Find(id) is not { Details: ModerationDetails details } job)
        {
            return AkoolResult.Error(AkoolCodes.NotFound);
        }

        var snapshot = job.Evaluate(state.NowMs);
        var completed = snapshot.Status == JobStatus.Completed;
        return AkoolResult.Ok(new Info(job.Id, SimulatorAccount.Uid, snapshot.Status, completed ? details.Verdict.Result : string.Empty)
        {
            FinalConclusion = completed ? details.Verdict.FinalConclusion : null,
            ErrorCode = snapshot.Failure?.ErrorCode,
            ErrorReason = snapshot.Failure?.ErrorReason,
        });
    }

    /// <summary>The create answer: the fields of the page's sample, in its order.</summary>
    private sealed record Created(
        [property: JsonPropertyName("create_time")] long CreateTime,
        [property: JsonPropertyName("uid")] int Uid,
        [property: JsonPropertyName("type")] int Type,
        [property: JsonPropertyName("status")] int Status,
        [property: JsonPropertyName("webhookUrl")] string WebhookUrl,
        [property: JsonPropertyName("result")] string Result,
        [property: JsonPropertyName("_id")] string Id,
        [property: JsonPropertyName("__v")] int Version);

    /// <summary>infobyid's answer; <c>final_conclusion</c> only once there is one.</summary>
    private sealed record Info(
        [property: JsonPropertyName("_id")] string Id,
        [property: JsonPropertyName("uid")] int Uid,
        [property: JsonPropertyName("status")] int Status,
        [property: JsonPropertyName("result")] string Result)
    {
        [JsonPropertyName("final_conclusion"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? FinalConclusion { get; init; }

        [JsonPropertyName("error_code"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? ErrorCode { get; init; }

        [JsonPropertyName("error_reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? ErrorReason { get; init; }
    }
}
