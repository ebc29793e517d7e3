namespace AkoolPS.Simulator;

/// <summary>
/// The Akool routes. Everything under <c>/api/open</c> but getToken needs auth; the filters run in the
/// order added, so a bad credential is reported before a bad parameter, as on the real service.
/// One file per API area.
/// </summary>
internal static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        TokenEndpoint.Map(app);
        var open = app.MapGroup("/api/open")
            .AddEndpointFilter<AkoolAuthFilter>()
            .AddEndpointFilter<AkoolErrorFilter>();
        CatalogueEndpoints.Map(open);
        VideoTranslationEndpoints.Map(open);
        TalkingPhotoEndpoints.Map(open);
        LipSyncEndpoints.Map(open);
        VideoInfoEndpoint.Map(open);
        ImageToVideoEndpoints.Map(open);
        QuotaEndpoints.Map(open);
        VoiceLabEndpoints.Map(open);
        GenerationEndpoints.Map(open);
        ImageEndpoints.Map(open);
        AvatarEndpoints.Map(open);
        ModerationEndpoints.Map(open);
        FaceSwapEndpoints.Map(open);
        CharacterSwapEndpoints.Map(open);
        HeadSwapEndpoints.Map(open);
        FaceDetectionEndpoints.Map(app);
    }
}
