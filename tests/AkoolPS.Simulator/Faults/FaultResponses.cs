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
            case FaultKind.Body:
                trace?.SetCode(CodeOf(rule.Body!));
                await WriteAsync(context, rule.Status ?? StatusCodes.Status200OK, "application/json; charset=utf-8", rule.Body!);
                return;
            case FaultKind.NotJson:
                trace?.SetCode(null);
                await WriteAsync(context, rule.Status ?? DefaultNotJsonStatus, "text/html", ProxyPage(rule.Status ?? DefaultNotJsonStatus));
                return;
            default:
                throw new InvalidOperationException($"Fault kind {rule.Kind} does not replace an answer.");
        }
    }

    /// <summary>True for the kinds that answer in place of the endpoint.</summary>
    public static bool Replaces(FaultKind kind) => kind is FaultKind.Drop or FaultKind.Code or FaultKind.Status or FaultKind.NotJson or FaultKind.Body;

    private static int? CodeOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && document.RootElement.TryGetProperty("code", out var code) && code.ValueKind == System.Text.Json.JsonValueKind.Number && code.TryGetInt32(out var value) ? value : null;
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
