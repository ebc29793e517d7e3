using System.Globalization;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// Face Swap Plus: create (<c>v4/faceswap/faceswapPlusByImage</c>, an image or a video), read many by id
/// (<c>v3/faceswap/result/listbyids?_ids=a,b</c>; status <c>faceswap_status</c>, result <c>url</c>) and delete
/// (<c>v3/faceswap/result/delbyids</c>). Ids that are unknown or of another kind are absent from a listing.
/// </summary>
internal static class FaceSwapEndpoints
{
    public static void Map(RouteGroupBuilder open)
    {
        open.MapPost("/v4/faceswap/faceswapPlusByImage", CreateAsync);
        open.MapGet("/v3/faceswap/result/listbyids", List);
        open.MapPost("/v3/faceswap/result/delbyids", DeleteAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = FaceSwapRequestValidator.Validate(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(new Created(job.Id, job.VideoId));
    }

    private static AkoolResult List(HttpContext context, SimulatorState state)
    {
        var ids = Ids(context.Request.Query["_ids"].ToString());
        var now = state.NowMs;
        var results = new List<FaceSwapView>();
        foreach (var id in ids)
        {
            if (state.Jobs.Find(id) is { Details: FaceSwapDetails details } job)
            {
                results.Add(FaceSwapView.Of(job, details, job.Evaluate(now)));
            }
        }

        return AkoolResult.Ok(new ResultList(results));
    }

    /// <summary>Deletes the face swaps named; other ids are left alone. Their files go with them.</summary>
    private static async Task<IResult> DeleteAsync(HttpContext context, SimulatorState state)
    {
        var body = await JsonBody.ReadObjectAsync(context);
        foreach (var id in IdList.Read(body))
        {
            if (state.Jobs.Find(id) is { Details: FaceSwapDetails })
            {
                state.Jobs.Remove(id);
            }
        }

        return AkoolResult.Ok(new Deleted());
    }

    private static IReadOnlyList<string> Ids(string value)
    {
        var ids = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        Require.That(ids.Count > 0, "_ids is required: result ids separated by commas");
        return ids;
    }

    private sealed record Created([property: JsonPropertyName("_id")] string Id, [property: JsonPropertyName("job_id")] string JobId);

    private sealed record Deleted;

    private sealed record ResultList([property: JsonPropertyName("result")] IReadOnlyList<FaceSwapView> Result);
}

/// <summary>One item of listbyids: the documented <c>FaceswapResultDetail</c> fields, and the error once failed.</summary>
internal sealed record FaceSwapView(
    [property: JsonPropertyName("faceswap_type")] int FaceswapType,
    [property: JsonPropertyName("faceswap_quality")] int FaceswapQuality,
    [property: JsonPropertyName("faceswap_status")] int FaceswapStatus,
    [property: JsonPropertyName("deduction_status")] int DeductionStatus,
    [property: JsonPropertyName("image")] int Image,
    [property: JsonPropertyName("video_duration")] double VideoDuration,
    [property: JsonPropertyName("deduction_duration")] double DeductionDuration,
    [property: JsonPropertyName("update_time")] long UpdateTime,
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("createdAt")] string CreatedAt)
{
    [JsonPropertyName("error_code"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("error_reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ErrorReason { get; init; }

    public static FaceSwapView Of(Job job, FaceSwapDetails details, JobSnapshot snapshot)
    {
        var completed = snapshot.Status == JobStatus.Completed;
        var video = details.TargetIsVideo;
        var seconds = video ? Math.Round(SourceLength.SecondsOf(details.TargetUrl), 2) : 0;
        return new FaceSwapView(
            video ? 2 : 1,
            V3VideoRecord.FaceswapQuality,
            snapshot.Status,
            completed ? 1 : 0,
            video ? 0 : 1,
            seconds,
            completed ? seconds : 0,
            snapshot.FinishedAt ?? job.CreatedAt,
            job.Id,
            SimulatorAccount.TeamId,
            SimulatorAccount.Uid,
            completed ? ResultFiles.ResultUrl(job) : string.Empty,
            DateTimeOffset.FromUnixTimeMilliseconds(job.CreatedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
        {
            ErrorCode = snapshot.Failure?.ErrorCode,
            ErrorReason = snapshot.Failure?.ErrorReason,
        };
    }
}
