using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// The v4 image-to-video area: create, read several by id (a POST that only reads), and add audio to a
/// finished video, which makes a new job. Their status field is <c>status</c> and their URL <c>video_url</c>.
/// </summary>
internal static class ImageToVideoEndpoints
{
    public static void Map(RouteGroupBuilder open)
    {
        open.MapPost("/v4/image2Video/createBySourcePrompt", CreateAsync);
        open.MapPost("/v4/image2Video/resultsByIds", ResultsAsync);
        open.MapPost("/v4/image2Video/updateVideoAudio", UpdateAudioAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = ImageToVideoRequestValidator.Validate(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(ImageVideoView.Created(job, request.Details));
    }

    /// <summary>
    /// Ids that are unknown, or belong to another kind of job, are simply absent from the result; so are
    /// jobs younger than <see cref="SimulatorConfig.ResultsLagMs"/>, as a lagging read replica would leave them out.
    /// </summary>
    private static async Task<IResult> ResultsAsync(HttpContext context, SimulatorState state)
    {
        var ids = IdList.Read(await JsonBody.ReadObjectAsync(context));
        var now = state.NowMs;
        var lag = state.Config.ResultsLagMs;
        var results = new List<ImageVideoView>();
        foreach (var id in ids)
        {
            if (state.Jobs.Find(id) is { Details: ImageToVideoDetails details } job && now - job.CreatedAt >= lag)
            {
                results.Add(ImageVideoView.Result(job, details, job.Evaluate(now)));
            }
        }

        return AkoolResult.Ok(new ResultList(results));
    }

    /// <summary>
    /// The docs: <c>pre_video_id</c> "must be the _id of a completed video (status = 3) from a previous Create
    /// Image to Video request". Unknown is 1008; known but not such a video is a parameter error.
    /// </summary>
    private static async Task<IResult> UpdateAudioAsync(HttpContext context, SimulatorState state)
    {
        var request = VideoAudioRequestValidator.Validate(await JsonBody.ReadObjectAsync(context));
        var source = state.Jobs.Find(request.PreVideoId) ?? throw new AkoolErrorException(AkoolCodes.NotFound);
        if (source.Details is not ImageToVideoDetails details)
        {
            throw new RequestValidationException($"pre_video_id '{source.Id}' is not an image-to-video job");
        }

        var status = source.Evaluate(state.NowMs).Status;
        Require.That(status == JobStatus.Completed, $"pre_video_id '{source.Id}' has not completed (status {status}); audio can only be added to a completed video");

        // The new record copies the source's, webhook included, with the new audio.
        var updated = new JobRequest<ImageToVideoDetails>(details.WithNewAudio(source.Id, request.AudioType, request.AudioUrl), source.WebhookUrl);
        var job = PaidJobs.Create(context, state, updated);
        return AkoolResult.Ok(ImageVideoView.AudioUpdated(job, updated.Details));
    }

    private sealed record ResultList([property: JsonPropertyName("result")] IReadOnlyList<ImageVideoView> Result);
}
