using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Webhooks;

/// <summary>
/// Checks and opens the webhooks Akool posts: signature first (in constant time), then age, then
/// decryption. Every failure is an <see cref="AkoolWebhookException"/> that says what to check.
/// </summary>
public sealed class WebhookReader
{
    /// <summary>The largest webhook body read: Akool's notices are a few kilobytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly string clientId;
    private readonly SecureString clientSecret;

    /// <summary>Creates a reader for one clientId and clientSecret (the clientSecret is the API key).</summary>
    public WebhookReader(string clientId, SecureString clientSecret)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("The client id is empty.", nameof(clientId));
        }

        this.clientId = clientId.Trim();
        this.clientSecret = AkoolCredential.Protect(clientSecret, "client secret");
    }

    /// <summary>The client id the reader checks signatures with.</summary>
    public string ClientId => clientId;

    /// <summary>Verifies and decrypts one webhook body.</summary>
    /// <param name="body">The request body Akool posted.</param>
    /// <param name="maxAge">Refuse a webhook older (or further in the future) than this; null accepts any age.</param>
    /// <param name="now">The time to judge the age by.</param>
    public WebhookEvent Read(string body, TimeSpan? maxAge, DateTimeOffset now)
    {
        if (body is not null && (body.Length > MaxBodyBytes || Encoding.UTF8.GetByteCount(body) > MaxBodyBytes))
        {
            throw TooLarge();
        }

        return Read(WebhookEnvelope.Parse(body!), maxAge, now);
    }

    /// <summary>Verifies and decrypts a webhook whose JSON body a host has already parsed into fields.</summary>
    public WebhookEvent Read(IReadOnlyDictionary<string, object?> fields, TimeSpan? maxAge, DateTimeOffset now)
    {
        var size = 0L;
        foreach (var pair in fields)
        {
            size += (pair.Key?.Length ?? 0) + (pair.Value is string text ? text.Length : 32);
        }

        if (size > MaxBodyBytes)
        {
            throw TooLarge();
        }

        return Read(WebhookEnvelope.FromFields(fields), maxAge, now);
    }

    private WebhookEvent Read(WebhookEnvelope envelope, TimeSpan? maxAge, DateTimeOffset now)
    {
        var expected = WebhookCrypto.Sign(clientId, envelope.Timestamp, envelope.Nonce, envelope.DataEncrypt);
        if (!WebhookCrypto.SameSignature(expected, envelope.Signature))
        {
            throw new AkoolWebhookException(
                "SignatureInvalid",
                $"The webhook's signature does not match: it was changed on the way, it is not from Akool, or it was signed for another client id than '{clientId}'. Do not trust it.");
        }

        var sentAt = ReadTimestamp(envelope.Timestamp);
        if (maxAge is not null && sentAt is null)
        {
            throw new AkoolWebhookException(
                "InvalidTimestamp",
                "The webhook's timestamp is not a time in milliseconds, so its age cannot be checked: refused. Akool sends the time it signed the notice as a number.");
        }

        if (maxAge is TimeSpan limit && sentAt is DateTimeOffset sent && (now - sent).Duration() > limit)
        {
            throw new AkoolWebhookException(
                "Expired",
                $"The webhook was sent at {sent:u}, more than {limit} from now ({now:u}): refused as a possible replay. Raise -MaxAge if your receiver runs late.");
        }

        var plain = Decrypt(envelope.DataEncrypt);
        return ToEvent(plain, sentAt);
    }

    private string Decrypt(string dataEncrypt)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(dataEncrypt);
        }
        catch (FormatException)
        {
            throw new AkoolWebhookException("InvalidBody", "The webhook's dataEncrypt is not base64, so this is not a body Akool sent.");
        }

        try
        {
            return WebhookCrypto.Decrypt(cipher, clientId, Key());
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw DecryptionFailed();
        }
    }

    private byte[] Key()
    {
        var key = Encoding.UTF8.GetBytes(AkoolCredential.Reveal(clientSecret));
        if (!WebhookCrypto.IsValidKeyLength(key.Length))
        {
            throw new AkoolWebhookException(
                "InvalidSecret",
                $"The client secret is {key.Length} bytes long, but Akool's webhook key must be 16, 24 or 32 (Akool's client secrets are 24): check -ClientSecret.");
        }

        return key;
    }

    private static WebhookEvent ToEvent(string plain, DateTimeOffset? sentAt)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(plain);
        }
        catch (JsonException)
        {
            throw DecryptionFailed();
        }

        using (document)
        {
            var root = document.RootElement;
            // Most jobs send _id; some send video_id instead.
            if (root.ValueKind != JsonValueKind.Object
                || (NonEmpty(Text(root, "_id")) ?? NonEmpty(Text(root, "video_id"))) is not { } id)
            {
                throw new AkoolWebhookException("InvalidBody", "The webhook decrypted, but its message has no _id (nor video_id), so it is not one of Akool's job notices.");
            }

            var status = Number(root, "status") ?? Number(root, "video_status");
            return new WebhookEvent
            {
                Id = id,
                Status = status is >= 1 and <= 4 ? (AkoolVideoStatus)status.Value : AkoolVideoStatus.Unknown,
                Type = Text(root, "type"),
                Url = ModelMapper.ToUri(Text(root, "url") ?? Text(root, "video") ?? Text(root, "video_url")),
                Timestamp = sentAt,
                ErrorCode = Long(root, "error_code"),
                ErrorReason = NonEmpty(Text(root, "error_reason")),
                Fields = JsonPlain.ToDictionary(root),
            };
        }
    }

    private static AkoolWebhookException TooLarge() => new(
        "TooLarge",
        "The webhook body is larger than 1 MB, far beyond any notice Akool sends, so it was not read. It is not from Akool.");

    private static AkoolWebhookException DecryptionFailed() => new(
        "DecryptionFailed",
        "The webhook's signature is right but its data does not decrypt with this client secret: check that -ClientSecret (the API key) belongs to the client id.");

    private static DateTimeOffset? ReadTimestamp(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? ModelMapper.FromUnixMilliseconds(value) : null;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>A whole number sent as a number or as its text; anything else is null.</summary>
    private static long? Long(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number : null;
    }

    private static int? Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number : null;
    }
}
