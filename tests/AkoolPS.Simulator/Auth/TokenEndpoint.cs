namespace AkoolPS.Simulator;

/// <summary><c>POST /api/open/v3/getToken</c>: the legacy clientId/clientSecret exchange; the only unauthenticated API route.</summary>
internal static class TokenEndpoint
{
    public const string Path = "/api/open/v3/getToken";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, GetTokenAsync).AddEndpointFilter<AkoolErrorFilter>();

    private static async Task<IResult> GetTokenAsync(HttpContext context, SimulatorState state)
    {
        var body = await JsonBody.ReadObjectAsync(context);
        var clientId = JsonFields.RequiredString(body, "clientId");
        var clientSecret = JsonFields.RequiredString(body, "clientSecret");
        if (!state.Authenticator.IsClientPair(clientId, clientSecret))
        {
            return AkoolResult.Error(AkoolCodes.InvalidToken);
        }

        return AkoolResult.Token(state.Tokens.Issue(state.Clock.GetUtcNow(), state.Config.TokenLifetimeSec, state.Config.TokenExpOffsetSec));
    }
}
