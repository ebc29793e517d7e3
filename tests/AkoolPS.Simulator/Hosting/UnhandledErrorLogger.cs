namespace AkoolPS.Simulator;

/// <summary>
/// Logs an exception escaping the simulator's pipeline (a simulator bug) to stderr. The exception filter
/// logs without catching, so the server still answers 500 as it would without this step.
/// </summary>
internal sealed class UnhandledErrorLogger(RequestDelegate next, ILogger<UnhandledErrorLogger> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (Log(context, error))
        {
            throw; // Never reached: Log returns false.
        }
    }

    private bool Log(HttpContext context, Exception error)
    {
        if (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(error, "Unhandled error answering {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        return false;
    }
}
