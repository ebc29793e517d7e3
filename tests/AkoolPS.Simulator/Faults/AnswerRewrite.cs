using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;

namespace AkoolPS.Simulator;

/// <summary>
/// The <see cref="FaultKind.Rewrite"/> fault: runs the endpoint into a buffer, sets the given fields in the
/// answer's <c>data</c> object (and in each object of <c>data.result</c>), and sends the result. An answer
/// that is not such JSON is sent unchanged.
/// </summary>
internal static class AnswerRewrite
{
    public static async Task RunAsync(HttpContext context, RequestDelegate next, JsonElement set)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, original);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await next(context);
            await capture.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        var body = buffer.ToArray();
        if (Apply(body, set) is { } changed)
        {
            body = changed;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static byte[]? Apply(byte[] body, JsonElement set)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root?["data"] is not JsonObject data)
        {
            return null;
        }

        SetFields(data, set);
        if (data["result"] is JsonArray items)
        {
            foreach (var item in items.OfType<JsonObject>())
            {
                SetFields(item, set);
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void SetFields(JsonObject target, JsonElement set)
    {
        foreach (var field in set.EnumerateObject())
        {
            target[field.Name] = JsonNode.Parse(field.Value.GetRawText());
        }
    }
}
