namespace AkoolPS.Simulator;

/// <summary><c>POST /api/open/v3/content/video/lipsync</c>: a video whose lips follow a new audio; tracked by infobymodelid.</summary>
internal static class LipSyncEndpoints
{
    public static void Map(RouteGroupBuilder open) => open.MapPost("/v3/content/video/lipsync", CreateAsync);

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = LipSyncRequestValidator.Validate(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(LipSyncJobView.Of(job, request.Details));
    }
}
