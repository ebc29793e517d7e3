using Microsoft.AspNetCore.WebUtilities;

namespace AkoolPS.Simulator;

/// <summary>The answers a fault puts in place of the real one.</summary>
internal static class FaultResponses
{
    private const int DefaultNotJsonStatus = StatusCodes.Status502BadGateway;

    /// <summary>Sends the fault's answer, or aborts the connection for <see cref="FaultKind.Drop"/>.</summary>
    public static async Task SendAsync(HttpContext context, FaultRule rule, RequestTrace? trace)
    {
        switch (rule.Kind)
        {
            case FaultKind.Drop:
                trace?.MarkDropped();
                context.Abort();
                return;
            case FaultKind.Code:
                await AkoolResult.Error(rule.Code!.Value, rule.Msg).ExecuteAsync(context);
                return;
            case FaultKind.Status:
                trace?.SetCode(null);
                if (rule.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                await WriteAsync(context, rule.Status!.Value, "text/plain; charset=utf-8", $"{rule.Status} {Reason(rule.Status.Value)}");
                return;
            case FaultKind.NotJson:
                trace?.SetCode(null);
                await WriteAsync(context, rule.Status ?? DefaultNotJsonStatus, "text/html", ProxyPage(rule.Status ?? DefaultNotJsonStatus));
                return;
            case FaultKind.Body:
                trace?.SetCode(CodeOf(rule.Body!));
                await WriteBodyAsync(context, rule);
                return;
            case FaultKind.StallBody:
                trace?.SetCode(null);
                await StallAsync(context, rule);
                return;
            case FaultKind.Redirect:
                trace?.SetCode(null);
                context.Response.StatusCode = rule.Status ?? StatusCodes.Status302Found;
                context.Response.Headers.Location = rule.Location;
                return;
            default:
                throw new InvalidOperationException($"Fault kind {rule.Kind} does not replace an answer.");
        }
    }

    /// <summary>True for the kinds that answer in place of the endpoint.</summary>
    public static bool Replaces(FaultKind kind) => kind is FaultKind.Drop or FaultKind.Code or FaultKind.Status or FaultKind.NotJson
        or FaultKind.Body or FaultKind.StallBody or FaultKind.Redirect;

    private static async Task WriteBodyAsync(HttpContext context, FaultRule rule)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(rule.Body!);
        var total = Math.Max(bytes.Length, rule.PadToBytes ?? 0);
        context.Response.StatusCode = rule.Status ?? StatusCodes.Status200OK;
        context.Response.ContentType = rule.ContentType ?? "application/json; charset=utf-8";
        context.Response.ContentLength = total;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        var padding = new byte[64 * 1024];
        Array.Fill(padding, (byte)' ');
        for (var left = total - bytes.Length; left > 0; left -= padding.Length)
        {
            await context.Response.Body.WriteAsync(padding.AsMemory(0, (int)Math.Min(left, padding.Length)), context.RequestAborted);
        }
    }

    // Announces the whole body, sends its start, then holds the connection open without another byte.
    private static async Task StallAsync(HttpContext context, FaultRule rule)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(rule.Body!);
        var sent = (int)Math.Min(rule.CutAfterBytes ?? 1, Math.Max(0, bytes.Length - 1));
        context.Response.StatusCode = rule.Status ?? StatusCodes.Status200OK;
        context.Response.ContentType = rule.ContentType ?? "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, sent), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(10), either.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }

        context.Abort();
    }

    private static int? CodeOf(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code) && code.ValueKind == System.Text.Json.JsonValueKind.Number && code.TryGetInt32(out var value) ? value : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    // What a load balancer in front of the API sends when the backend is gone: HTML where JSON was expected.
    private static string ProxyPage(int status)
    {
        var title = $"{status} {Reason(status)}";
        return $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }

    private static string Reason(int status) => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } reason ? reason : "Error";
}
