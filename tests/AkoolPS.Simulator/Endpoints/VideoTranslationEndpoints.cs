namespace AkoolPS.Simulator;

/// <summary>
/// <c>POST /api/open/v3/content/video/createbytranslate</c> (the official path; the seeds' "createbytranslation"
/// does not exist). One job per target language, answered as <c>data</c> (the first) plus <c>all_results</c>.
/// </summary>
internal static class VideoTranslationEndpoints
{
    public static void Map(RouteGroupBuilder open) => open.MapPost("/v3/content/video/createbytranslate", CreateAsync);

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var body = await JsonBody.ReadObjectAsync(context);
        var request = TranslationRequestValidator.Validate(body);

        // Everything is validated and paid for before the first job exists: a rejected call creates nothing.
        var details = request.Languages.Select(language => new TranslationDetails(
            request.Url,
            language,
            request.SourceLanguage,
            request.Lipsync,
            request.SpeakerNum)).ToList();
        var views = PaidJobs.Create(context, state, details, request.WebhookUrl)
            .Select(job => TranslationJobView.Of(job, (TranslationDetails)job.Details))
            .ToList();
        return AkoolResult.Ok(views[0], views);
    }
}
