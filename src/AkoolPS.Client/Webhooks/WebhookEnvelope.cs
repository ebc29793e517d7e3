using System.Text.Json;
using System.Text.Json.Serialization;
using AkoolPS.Client.Errors;

namespace AkoolPS.Client.Webhooks;

/// <summary>
/// The four fields of a webhook body. Timestamp and nonce are signed as the text they were sent as,
/// and Akool sends either as a number or a string, so both are read as their raw text.
/// </summary>
internal sealed class WebhookEnvelope
{
    private WebhookEnvelope(string signature, string dataEncrypt, string timestamp, string nonce)
    {
        Signature = signature;
        DataEncrypt = dataEncrypt;
        Timestamp = timestamp;
        Nonce = nonce;
    }

    public string Signature { get; }

    public string DataEncrypt { get; }

    public string Timestamp { get; }

    public string Nonce { get; }

    public static WebhookEnvelope Parse(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body ?? string.Empty);
        }
        catch (JsonException)
        {
            throw Invalid("it is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("it is not a JSON object");
            }

            return new WebhookEnvelope(
                Field(root, "signature", allowNumber: false),
                Field(root, "dataEncrypt", allowNumber: false),
                Field(root, "timestamp", allowNumber: true),
                Field(root, "nonce", allowNumber: true));
        }
    }

    private static string Field(JsonElement root, string name, bool allowNumber)
    {
        if (root.TryGetProperty(name, out var value))
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }

            if (allowNumber && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetRawText();
            }
        }

        throw Invalid($"it has no {name}");
    }

    private static AkoolWebhookException Invalid(string problem) => new(
        "InvalidBody",
        $"This is not an Akool webhook body ({problem}); Akool posts JSON with signature, dataEncrypt, timestamp and nonce. Pass the raw request body to -Body.");

    /// <summary>The body as written when sealing test webhooks.</summary>
    internal sealed class Body
    {
        [JsonPropertyName("signature")] public string? Signature { get; set; }
        [JsonPropertyName("dataEncrypt")] public string? DataEncrypt { get; set; }
        [JsonPropertyName("timestamp")] public long Timestamp { get; set; }
        [JsonPropertyName("nonce")] public string? Nonce { get; set; }
    }
}

[JsonSerializable(typeof(WebhookEnvelope.Body))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext
{
}
