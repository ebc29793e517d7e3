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
        var request = TranslationRequestValidator.Validate(body, VoiceCatalogue.For(state.Config.VoiceCount));

        // Everything is validated before the first job exists: a rejected call creates nothing.
        var views = request.Languages
            .Select(language => Create(state, request, language))
            .ToList();
        return AkoolResult.Ok(views[0], views);
    }

    private static TranslationJobView Create(SimulatorState state, TranslationRequest request, string language)
    {
        var details = new TranslationDetails(
            request.Url,
            language,
            request.SourceLanguage,
            request.Lipsync,
            request.SpeakerNum,
            request.VoiceIds.GetValueOrDefault(language));
        var job = state.Jobs.Create(JobKind.VideoTranslation, details, request.WebhookUrl);
        return TranslationJobView.Of(job, details);
    }
}
