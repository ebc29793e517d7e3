using Microsoft.AspNetCore.Http.Features;

namespace AkoolPS.Simulator;

/// <summary>
/// Applies the first live matching fault rule. Phase <c>before</c> answers instead of the endpoint;
/// phase <c>after</c> lets the endpoint do its work (e.g. create the job), throws its answer away and
/// sends the fault's, which is how a test gets a create whose outcome the client cannot know.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, SimulatorState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var rule = state.Faults.Take(context.Request.Method, context.Request.Path.Value ?? string.Empty);
        if (rule is null)
        {
            await next(context);
            return;
        }

        var trace = context.Features.Get<RequestTrace>();
        trace?.SetFault(rule.Kind);
        if (FileFault.From(rule) is { } fileFault)
        {
            context.Features.Set(fileFault);
            await next(context);
        }
        else if (rule.Kind == FaultKind.Rewrite)
        {
            await AnswerRewrite.RunAsync(context, next, rule.Set!.Value);
        }
        else if (rule.Kind == FaultKind.Delay)
        {
            await DelayAsync(context, rule);
        }
        else if (rule.Phase == FaultPhase.After)
        {
            await ProcessSilentlyAsync(context);
            context.Response.Clear();
            await FaultResponses.SendAsync(context, rule, trace);
        }
        else
        {
            await FaultResponses.SendAsync(context, rule, trace);
        }
    }

    private async Task DelayAsync(HttpContext context, FaultRule rule)
    {
        var delay = TimeSpan.FromMilliseconds(rule.DelayMs!.Value);
        if (rule.Phase == FaultPhase.Before)
        {
            await Task.Delay(delay, context.RequestAborted);
            await next(context);
            return;
        }

        // Holding the response's start holds the whole answer, even a streamed file, without buffering it.
        context.Response.OnStarting(() => Task.Delay(delay, context.RequestAborted));
        await next(context);
    }

    // Runs the endpoint with its response going nowhere, so the fault can answer on a clean slate.
    private async Task ProcessSilentlyAsync(HttpContext context)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var sink = new StreamResponseBodyFeature(Stream.Null, original);
        context.Features.Set<IHttpResponseBodyFeature>(sink);
        try
        {
            await next(context);
            await sink.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }
    }
}
