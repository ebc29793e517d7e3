namespace AkoolPS.Simulator;

/// <summary>
/// <c>GET /api/open/v3/content/video/infobymodelid?video_model_id=&lt;_id&gt;</c>: the status of a v3 video job
/// (translation, talking photo, lip sync). Image-to-video jobs live in another collection on the real
/// service and are read with resultsByIds, so their ids answer 1008 here.
/// </summary>
internal static class VideoInfoEndpoint
{
    public static void Map(RouteGroupBuilder open) => open.MapGet("/v3/content/video/infobymodelid", GetInfo);

    private static AkoolResult GetInfo(HttpContext context, SimulatorState state)
    {
        var id = context.Request.Query["video_model_id"].ToString().Trim();
        Require.That(id.Length > 0, "video_model_id is required");
        if (state.Jobs.Find(id) is { Details: CharacterSwapDetails swap } swapJob)
        {
            return AkoolResult.Ok(CharacterSwapView.Of(swapJob, swap, swapJob.Evaluate(state.NowMs)));
        }

        if (state.Jobs.Find(id) is not { Details: V3VideoDetails details } job)
        {
            return AkoolResult.Error(AkoolCodes.NotFound);
        }

        return AkoolResult.Ok(VideoInfoView.Of(job, details, job.Evaluate(state.NowMs)));
    }
}
