namespace AkoolPS.Simulator;

/// <summary>
/// <c>GET /api/open/v3/content/video/infobymodelid?video_model_id=&lt;_id&gt;</c>: the status of a v3 video job.
/// Talking photo and lip sync jobs (next) are read here too; their kinds only change the optional fields.
/// </summary>
internal static class VideoInfoEndpoint
{
    public static void Map(RouteGroupBuilder open) => open.MapGet("/v3/content/video/infobymodelid", GetInfo);

    private static AkoolResult GetInfo(HttpContext context, SimulatorState state)
    {
        var id = context.Request.Query["video_model_id"].ToString().Trim();
        if (id.Length == 0)
        {
            throw new RequestValidationException("video_model_id is required");
        }

        if (state.Jobs.Find(id) is not { } job)
        {
            return AkoolResult.Error(AkoolCodes.NotFound);
        }

        var snapshot = job.Evaluate(state.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        return AkoolResult.Ok(VideoInfoView.Of(job, snapshot, context.Request));
    }
}
