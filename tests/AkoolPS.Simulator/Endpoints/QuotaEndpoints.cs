using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary><c>GET /api/open/v3/faceswap/quota/info</c>: the account's remaining credit (the configured <c>credit</c>, less every create).</summary>
internal static class QuotaEndpoints
{
    public static void Map(RouteGroupBuilder open) =>
        open.MapGet("/v3/faceswap/quota/info", (SimulatorState state) => AkoolResult.Ok(new Quota(state.Config.Credit)));

    private sealed record Quota([property: JsonPropertyName("credit")] long Credit);
}
