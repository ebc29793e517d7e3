namespace AkoolPS.Simulator;

/// <summary><c>POST /api/open/v3/content/video/createbytalkingphoto</c>: a photo that speaks an audio; tracked by infobymodelid.</summary>
internal static class TalkingPhotoEndpoints
{
    public static void Map(RouteGroupBuilder open) => open.MapPost("/v3/content/video/createbytalkingphoto", CreateAsync);

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = TalkingPhotoRequestValidator.Validate(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(TalkingPhotoJobView.Of(job, request.Details));
    }
}
