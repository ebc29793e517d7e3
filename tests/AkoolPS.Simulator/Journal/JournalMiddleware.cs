namespace AkoolPS.Simulator;

/// <summary>
/// Outermost step for <c>/api/</c> and <c>/files/</c>: records the request before anything can fault or
/// drop it, and its status just before the answer starts.
/// </summary>
internal sealed class JournalMiddleware(RequestDelegate next, SimulatorState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await BodyCapture.ReadAsync(request, context.RequestAborted);
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : null;
        var trace = state.Journal.Begin(
            state.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            request.Method,
            request.Path.Value ?? string.Empty,
            query,
            AuthHeaders.Read(request).Describe(),
            body);

        context.Features.Set(trace);
        context.Response.OnStarting(() =>
        {
            trace.SetStatus(context.Response.StatusCode);
            return Task.CompletedTask;
        });
        await next(context);
    }
}
