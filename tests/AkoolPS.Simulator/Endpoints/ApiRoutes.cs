namespace AkoolPS.Simulator;

/// <summary>
/// The Akool routes. Everything under <c>/api/open</c> but getToken needs auth; the filters run in the
/// order added, so a bad credential is reported before a bad parameter, as on the real service.
/// One file per API area keeps the next ones (talking photo, lip sync, image-to-video, quota) apart.
/// </summary>
internal static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        TokenEndpoint.Map(app);
        var open = app.MapGroup("/api/open")
            .AddEndpointFilter<AkoolAuthFilter>()
            .AddEndpointFilter<ParameterErrorFilter>();
        CatalogueEndpoints.Map(open);
        VideoTranslationEndpoints.Map(open);
        VideoInfoEndpoint.Map(open);
    }
}
