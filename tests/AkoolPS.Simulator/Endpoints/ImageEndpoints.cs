namespace AkoolPS.Simulator;

/// <summary>
/// Image generation: <c>createbyprompt</c>, <c>createbybutton</c> (upscale or variations of a finished
/// image) and <c>infobymodelid?image_model_id=</c>, whose status field is <c>image_status</c> and link <c>image</c>.
/// </summary>
internal static class ImageEndpoints
{
    public static void Map(RouteGroupBuilder open)
    {
        open.MapPost("/v3/content/image/createbyprompt", CreateAsync);
        open.MapPost("/v3/content/image/createbybutton", ButtonAsync);
        open.MapGet("/v3/content/image/infobymodelid", GetInfo);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = ImageRequestValidator.ValidatePrompt(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(ImageView.Of(job, request.Details, job.Evaluate(state.NowMs)));
    }

    /// <summary>
    /// Unknown (or not an image) is 1008; an image not completed, or one whose buttons do not include the one
    /// asked for (an upscale has none), is 1010 "This content cannot be operated".
    /// </summary>
    private static async Task<IResult> ButtonAsync(HttpContext context, SimulatorState state)
    {
        var (id, button, webhook) = ImageRequestValidator.ValidateButton(await JsonBody.ReadObjectAsync(context));
        if (state.Jobs.Find(id) is not { Details: ImageDetails parent } source)
        {
            throw new AkoolErrorException(AkoolCodes.NotFound);
        }

        if (source.Evaluate(state.NowMs).Status != JobStatus.Completed || !parent.Buttons.Contains(button))
        {
            throw new AkoolErrorException(AkoolCodes.CannotOperate);
        }

        var details = parent with { ParentId = source.Id, Button = button };
        var job = PaidJobs.Create(context, state, new JobRequest<ImageDetails>(details, webhook));
        return AkoolResult.Ok(ImageView.Of(job, details, job.Evaluate(state.NowMs)));
    }

    private static AkoolResult GetInfo(HttpContext context, SimulatorState state)
    {
        var id = context.Request.Query["image_model_id"].ToString().Trim();
        Require.That(id.Length > 0, "image_model_id is required");
        return state.Jobs.Find(id) is { Details: ImageDetails details } job
            ? AkoolResult.Ok(ImageView.Of(job, details, job.Evaluate(state.NowMs)))
            : AkoolResult.Error(AkoolCodes.NotFound);
    }
}
