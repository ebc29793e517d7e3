namespace AkoolPS.Simulator;

/// <summary>Adds the configured <c>latencyMs</c> to every <c>/api/</c> request (not to files), like a distant server.</summary>
internal sealed class LatencyMiddleware(RequestDelegate next, SimulatorState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var latency = state.Config.LatencyMs;
        if (latency > 0 && context.Request.Path.StartsWithSegments(TrafficPaths.Api))
        {
            await Task.Delay(latency, context.RequestAborted);
        }

        await next(context);
    }
}
