using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>Reads a request body the way a strict JSON API does before looking at any field.</summary>
internal static class JsonBody
{
    /// <exception cref="RequestValidationException">Not declared as JSON, not JSON, or not an object.</exception>
    public static async Task<JsonElement> ReadObjectAsync(HttpContext context)
    {
        // A body sent as text/plain is not parsed by a JSON server, so the fields look missing;
        // saying why is kinder than "url is required".
        if (!context.Request.HasJsonContentType())
        {
            throw new RequestValidationException("Content-Type must be application/json");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            throw new RequestValidationException("Request body must be valid JSON");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new RequestValidationException("Request body must be a JSON object");
        }
    }
}
