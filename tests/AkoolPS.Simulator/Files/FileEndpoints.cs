namespace AkoolPS.Simulator;

/// <summary>
/// <c>GET|HEAD /files/{jobId}/{name}</c>: the stand-in for the CloudFront links of finished jobs. No auth,
/// like a presigned link. Not finished or forgotten → 404; past the result lifetime → 403, as S3 says it.
/// </summary>
internal static class FileEndpoints
{
    /// <remarks>
    /// Whatever follows the name (<c>/files/{jobId}/video.mp4/evil.ps1</c>) is ignored, as some CDNs do, so a
    /// test can hand the client a working link that ends in any name.
    /// </remarks>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods($"{TrafficPaths.Files}/{{jobId}}/{{name}}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);
        app.MapMethods($"{TrafficPaths.Files}/{{jobId}}/{{name}}/{{**rest}}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);
    }

    private static async Task ServeAsync(HttpContext context, string jobId, string name, SimulatorState state)
    {
        var job = state.Jobs.Find(jobId);
        var version = context.Features.Get<FileFault>()?.Version ?? 1;
        var content = job is null ? null : ResultFiles.Open(job, name, version);
        var now = state.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var snapshot = job?.Evaluate(now);
        if (content is null || snapshot is not { Status: JobStatus.Completed, FinishedAt: long completedAt })
        {
            await WriteS3ErrorAsync(context, StatusCodes.Status404NotFound, "NoSuchKey", "The specified key does not exist.");
            return;
        }

        if (now >= completedAt + (state.Config.ResultLifetimeSec * 1000))
        {
            await WriteS3ErrorAsync(context, StatusCodes.Status403Forbidden, "AccessDenied", "Request has expired");
            return;
        }

        var etag = $"\"{jobId}-{name}-{content.Length}{(version > 1 ? "-v" + version : string.Empty)}\"";
        var lastModified = DateTimeOffset.FromUnixTimeMilliseconds(completedAt + ((version - 1) * 1000L));
        await FileResponder.SendAsync(context, content, etag, lastModified, state.Config.BandwidthBytesPerSec);
    }

    private static Task WriteS3ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        var body = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(body, context.RequestAborted);
    }
}
