using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// Head swap, in the official pages' two steps: analyze a video (free; a job of its own, read with
/// analyze/detail, that finds 1-3 heads) and then create a task from that analysis's <c>obj_id</c>s, read
/// with task/detail. A task needs a COMPLETED analysis of the identical <c>video_url</c>; unknown ids answer 1014.
/// </summary>
internal static class HeadSwapEndpoints
{
    public const string HeadImagePrefix = "head-";

    public static void Map(RouteGroupBuilder open)
    {
        open.MapPost("/v4/headswap/analyze", AnalyzeAsync);
        open.MapGet("/v4/headswap/analyze/detail", AnalysisDetail);
        open.MapPost("/v4/headswap/task/create", CreateAsync);
        open.MapGet("/v4/headswap/task/detail", TaskDetail);
    }

    private static async Task<IResult> AnalyzeAsync(HttpContext context, SimulatorState state)
    {
        var video = HeadSwapRequestValidator.ValidateAnalysis(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, new JobRequest<HeadAnalysisDetails>(new HeadAnalysisDetails(video), string.Empty));
        return AkoolResult.Ok(HeadAnalysisView.Of(job, (HeadAnalysisDetails)job.Details, job.Evaluate(state.NowMs)));
    }

    private static AkoolResult AnalysisDetail(HttpContext context, SimulatorState state) =>
        state.Jobs.Find(Id(context)) is { Details: HeadAnalysisDetails details } job
            ? AkoolResult.Ok(HeadAnalysisView.Of(job, details, job.Evaluate(state.NowMs)))
            : AkoolResult.Error(1014, "Resource not found");

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = HeadSwapRequestValidator.ValidateTask(await JsonBody.ReadObjectAsync(context));
        var now = state.NowMs;
        var analysis = state.Jobs.All()
            .Where(job => job.Details is HeadAnalysisDetails a && a.VideoUrl == request.Details.VideoUrl && job.Evaluate(now).Status == JobStatus.Completed)
            .Select(job => (HeadAnalysisDetails)job.Details)
            .LastOrDefault()
            ?? throw new RequestValidationException("video_url has no completed analysis: submit headswap/analyze with the identical video_url first");
        foreach (var (objId, _) in request.Details.Mappings)
        {
            Require.That(objId >= 0 && objId < analysis.HeadCount, $"obj_id {objId} is not in analysis_result.media of this video");
        }

        var task = request with { Details = request.Details with { VideoDuration = Math.Round(analysis.VideoDuration) } };
        var created = PaidJobs.Create(context, state, task);
        return AkoolResult.Ok(HeadSwapView.Created(created, task.Details));
    }

    private static AkoolResult TaskDetail(HttpContext context, SimulatorState state) =>
        state.Jobs.Find(Id(context)) is { Details: HeadSwapDetails details } job
            ? AkoolResult.Ok(HeadSwapView.Detail(job, details, job.Evaluate(state.NowMs)))
            : AkoolResult.Error(1014, "Resource not found");

    private static string Id(HttpContext context)
    {
        var id = context.Request.Query["_id"].ToString().Trim();
        Require.That(id.Length > 0, "_id is required");
        return id;
    }
}

/// <summary>An analysis record: the submit answer and analyze/detail, with <c>analysis_result</c> once completed.</summary>
internal sealed record HeadAnalysisView(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("team_id")] string TeamId,
    [property: JsonPropertyName("video_url")] string VideoUrl,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("task_id")] string TaskId,
    [property: JsonPropertyName("analysis_result")] AnalysisResult? AnalysisResult,
    [property: JsonPropertyName("progress")] int Progress,
    [property: JsonPropertyName("error_reason")] string ErrorReason,
    [property: JsonPropertyName("error_code")] int ErrorCode)
{
    public static HeadAnalysisView Of(Job job, HeadAnalysisDetails details, JobSnapshot snapshot) => new(
        job.Id,
        job.CreatedAt,
        SimulatorAccount.Uid,
        SimulatorAccount.TeamId,
        details.VideoUrl,
        "head",
        snapshot.Status,
        job.VideoId,
        snapshot.Status == JobStatus.Completed ? AnalysisResult.Of(job, details) : null,
        snapshot.Progress,
        snapshot.Failure?.ErrorReason ?? "success",
        snapshot.Failure?.ErrorCode ?? 0);
}

internal sealed record AnalysisResult(
    [property: JsonPropertyName("detected_objects")] int DetectedObjects,
    [property: JsonPropertyName("media")] IReadOnlyList<HeadMedia> Media,
    [property: JsonPropertyName("video_info")] VideoInfo VideoInfo)
{
    public static AnalysisResult Of(Job job, HeadAnalysisDetails details) => new(
        details.HeadCount,
        [.. Enumerable.Range(0, details.HeadCount).Select(i => new HeadMedia("images", i, ResultFiles.Url(job, $"{HeadSwapEndpoints.HeadImagePrefix}{i}.png")))],
        new VideoInfo(1280, 720, 30, (int)(details.VideoDuration * 30)));
}

internal sealed record HeadMedia(
    [property: JsonPropertyName("media_type")] string MediaType,
    [property: JsonPropertyName("obj_id")] int ObjId,
    [property: JsonPropertyName("img_url")] string ImgUrl);

internal sealed record VideoInfo(
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("fps")] int Fps,
    [property: JsonPropertyName("frame_count")] int FrameCount);

/// <summary>A head swap task: the create answer and task/detail; a failure reports Akool's head swap code 2001.</summary>
internal sealed record HeadSwapView
{
    private const JsonIgnoreCondition Optional = JsonIgnoreCondition.WhenWritingNull;

    [JsonPropertyName("_id")] public required string Id { get; init; }
    [JsonPropertyName("uid")] public int Uid { get; init; } = SimulatorAccount.Uid;
    [JsonPropertyName("team_id")] public string TeamId { get; init; } = SimulatorAccount.TeamId;
    [JsonPropertyName("source_video_url"), JsonIgnore(Condition = Optional)] public string? SourceVideoUrl { get; init; }
    [JsonPropertyName("create_time")] public required long CreateTime { get; init; }
    [JsonPropertyName("status")] public required int Status { get; init; }
    [JsonPropertyName("video_duration")] public required double VideoDuration { get; init; }
    [JsonPropertyName("task_id")] public required string TaskId { get; init; }
    [JsonPropertyName("resolution")] public required string Resolution { get; init; }
    [JsonPropertyName("deduction_lock_duration"), JsonIgnore(Condition = Optional)] public int? DeductionLockDuration { get; init; }
    [JsonPropertyName("deduction_duration"), JsonIgnore(Condition = Optional)] public int? DeductionDuration { get; init; }
    [JsonPropertyName("video_url")] public string? VideoUrl { get; init; }
    [JsonPropertyName("progress"), JsonIgnore(Condition = Optional)] public int? Progress { get; init; }
    [JsonPropertyName("priority"), JsonIgnore(Condition = Optional)] public int? Priority { get; init; }
    [JsonPropertyName("model_name")] public required string ModelName { get; init; }
    [JsonPropertyName("file_name")] public required string FileName { get; init; }
    [JsonPropertyName("error_reason"), JsonIgnore(Condition = Optional)] public string? ErrorReason { get; init; }
    [JsonPropertyName("error_code"), JsonIgnore(Condition = Optional)] public int? ErrorCode { get; init; }

    public static HeadSwapView Created(Job job, HeadSwapDetails details) =>
        Common(job, details, JobStatus.Queued) with { DeductionLockDuration = details.DeductionLockDuration, VideoUrl = null };

    public static HeadSwapView Detail(Job job, HeadSwapDetails details, JobSnapshot snapshot)
    {
        var completed = snapshot.Status == JobStatus.Completed;
        return Common(job, details, snapshot.Status) with
        {
            SourceVideoUrl = details.VideoUrl,
            DeductionDuration = completed ? details.DeductionLockDuration : 0,
            VideoUrl = completed ? ResultFiles.ResultUrl(job) : string.Empty,
            Progress = snapshot.Progress,
            Priority = 9,
            ErrorReason = snapshot.Failure?.ErrorReason,
            ErrorCode = snapshot.Failure is null ? null
                : snapshot.Failure.ErrorCode == JobFailure.DefaultErrorCode ? HeadSwapDetails.FailureCode : snapshot.Failure.ErrorCode,
        };
    }

    private static HeadSwapView Common(Job job, HeadSwapDetails details, int status) => new()
    {
        Id = job.Id,
        CreateTime = job.CreatedAt,
        Status = status,
        VideoDuration = details.VideoDuration,
        TaskId = job.VideoId,
        Resolution = details.Resolution,
        ModelName = details.ModelName,
        FileName = details.FileName(job.CreatedAt),
    };
}
