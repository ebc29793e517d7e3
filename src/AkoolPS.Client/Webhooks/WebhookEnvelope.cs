using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

    /// <summary>
    /// The envelope from fields a host has already parsed (the Azure Functions PowerShell worker
    /// hands a JSON body over as a hashtable). Numbers are signed as their invariant text, as Akool sent them.
    /// </summary>
    public static WebhookEnvelope FromFields(IReadOnlyDictionary<string, object?> fields)
    {
        string Field(string name, bool allowNumber)
        {
            var value = fields.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            var text = value switch
            {
                string s => s,
                long or int or short or byte or ulong or uint when allowNumber => Convert.ToString(value, CultureInfo.InvariantCulture),
                double d when allowNumber && d == Math.Floor(d) && Math.Abs(d) < 9e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
                decimal m when allowNumber && m == decimal.Floor(m) => m.ToString("0", CultureInfo.InvariantCulture),
                _ => null,
            };
            return string.IsNullOrEmpty(text) ? throw Invalid($"it has no {name}") : text!;
        }

        return new WebhookEnvelope(Field("signature", false), Field("dataEncrypt", false), Field("timestamp", true), Field("nonce", true));
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
        $"This is not an Akool webhook body ({problem}); Akool posts JSON with signature, dataEncrypt, timestamp and nonce. Give the raw request body, as Akool posted it.");

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
