using System.Globalization;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// Generation: the AI model list, the image-to-video effects, the two batch calls (image to video with a
/// model, text to video) and the delete of their results. Batch videos are read with resultsByIds
/// (<see cref="ImageToVideoEndpoints"/>), as the docs say.
/// </summary>
internal static class GenerationEndpoints
{
    private const string Processing = "video resource is processing, please try again later";
    private const string NoSuchVideo = "video does not exist or you do not have permission";

    public static void Map(RouteGroupBuilder open)
    {
        open.MapGet("/v4/aigModel/list", ListModels);
        open.MapGet("/v4/image2Video/effects", () => AkoolResult.Ok(new EffectList(EffectCatalogue.All, EffectCatalogue.All.Count)));
        open.MapPost("/v4/image2Video/createBySourcePrompt/batch", async (HttpContext context, SimulatorState state) =>
            CreateBatch(context, state, BatchVideoRequestValidator.ValidateImage(await JsonBody.ReadObjectAsync(context), state.NowMs)));
        open.MapPost("/v4/text2Video/createByPrompt/batch", async (HttpContext context, SimulatorState state) =>
            CreateBatch(context, state, BatchVideoRequestValidator.ValidateText(await JsonBody.ReadObjectAsync(context), state.NowMs)));
        open.MapPost("/v4/image2Video/delbyids", DeleteAsync);
    }

    /// <summary><c>types[]=1501&amp;types[]=1502</c> (plain <c>types=</c> is read too); at least one, each an integer.</summary>
    private static AkoolResult ListModels(HttpContext context)
    {
        var query = context.Request.Query;
        var texts = query["types[]"].Concat(query["types"]).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        Require.That(texts.Count > 0, "types is required: give at least one model type");
        var types = new List<int>();
        foreach (var text in texts)
        {
            types.Add(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var type)
                ? type
                : throw new RequestValidationException("types must be integers"));
        }

        return AkoolResult.Ok(ModelCatalogue.OfTypes(types));
    }

    /// <summary>Each of the <c>count</c> videos is created (and charged) on its own; refused ones go to <c>errorList</c>.</summary>
    private static AkoolResult CreateBatch(HttpContext context, SimulatorState state, BatchVideoRequest request)
    {
        var entries = state.Jobs.CreateEach([.. Enumerable.Repeat<JobDetails>(request.Details, request.Count)], request.WebhookUrl, ResultFiles.OriginOf(context.Request));
        var success = new List<BatchVideoView>();
        var errors = new List<BatchErrorView>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Job is { } job)
            {
                success.Add(BatchVideoView.Of(job, request.Details, job.Evaluate(state.NowMs)));
            }
            else
            {
                errors.Add(new BatchErrorView(i, entries[i].Code, entries[i].Msg));
            }
        }

        return AkoolResult.Ok(new BatchAnswer(success, errors));
    }

    /// <summary>
    /// Finished image- and text-to-video results are deleted; running ones, unknown ids and other kinds'
    /// ids are <c>noPermissionItems</c>, each with its reason, as the docs' sample shows.
    /// </summary>
    private static async Task<IResult> DeleteAsync(HttpContext context, SimulatorState state)
    {
        var ids = IdList.Read(await JsonBody.ReadObjectAsync(context));
        var deleted = new List<string>();
        var refused = new List<NoPermission>();
        foreach (var id in ids)
        {
            var job = state.Jobs.Find(id);
            if (job is null || job.Kind is not (JobKind.ImageToVideo or JobKind.TextToVideo))
            {
                refused.Add(new NoPermission(id, NoSuchVideo));
            }
            else if (!job.Evaluate(state.NowMs).IsFinished)
            {
                refused.Add(new NoPermission(id, Processing));
            }
            else
            {
                state.Jobs.Remove(id);
                deleted.Add(id);
            }
        }

        return AkoolResult.Ok(new DeleteAnswer(deleted, refused));
    }

    private sealed record EffectList(
        [property: JsonPropertyName("result")] IReadOnlyList<Effect> Result,
        [property: JsonPropertyName("count")] int Count);

    private sealed record BatchAnswer(
        [property: JsonPropertyName("successList")] IReadOnlyList<BatchVideoView> SuccessList,
        [property: JsonPropertyName("errorList")] IReadOnlyList<BatchErrorView> ErrorList);

    private sealed record DeleteAnswer(
        [property: JsonPropertyName("successIds")] IReadOnlyList<string> SuccessIds,
        [property: JsonPropertyName("noPermissionItems")] IReadOnlyList<NoPermission> NoPermissionItems);

    private sealed record NoPermission(
        [property: JsonPropertyName("_id")] string Id,
        [property: JsonPropertyName("msg")] string Msg);
}
