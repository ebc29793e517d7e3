using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>What a webhook said, once its signature checked out and its data was decrypted.</summary>
internal sealed record OpenedWebhook(string Id, int Status, string Type, string Url, long Timestamp, string Nonce);

/// <summary>
/// The receiving side of the webhook page, written from the docs and independently of the simulator's code
/// (a different AES API, LINQ sorting): verify <c>sha1(sort(clientId, timestamp, nonce, dataEncrypt))</c>,
/// then AES-CBC/PKCS#7-decrypt with key = clientSecret and IV = clientId.
/// </summary>
internal static class WebhookOpener
{
    public static OpenedWebhook Open(string body, string clientId = SimulatorOptions.DefaultClientId, string clientSecret = SimulatorOptions.DefaultApiKey)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal(["signature", "dataEncrypt", "timestamp", "nonce"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("timestamp").ValueKind);
        var timestamp = root.GetProperty("timestamp").GetInt64();
        var nonce = root.GetProperty("nonce").GetString()!;
        Assert.True(nonce.Length > 0 && nonce.All(char.IsAsciiDigit), $"nonce '{nonce}' is not numeric");
        var data = root.GetProperty("dataEncrypt").GetString()!;

        var sorted = new[] { clientId, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), nonce, data }.OrderBy(s => s, StringComparer.Ordinal);
        var expected = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(string.Join("", sorted)))).ToLowerInvariant();
        Assert.Equal(expected, root.GetProperty("signature").GetString());

        using var plain = JsonDocument.Parse(Decrypt(data, clientId, clientSecret));
        var message = plain.RootElement;
        Assert.Equal(["_id", "status", "type", "url"], message.EnumerateObject().Select(p => p.Name));
        return new OpenedWebhook(
            message.GetProperty("_id").GetString()!,
            message.GetProperty("status").GetInt32(),
            message.GetProperty("type").GetString()!,
            message.GetProperty("url").GetString()!,
            timestamp,
            nonce);
    }

    private static string Decrypt(string dataEncrypt, string clientId, string clientSecret)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.PKCS7;
        aes.Key = Encoding.UTF8.GetBytes(clientSecret);
        aes.IV = Encoding.UTF8.GetBytes(clientId);
        Assert.Equal(192, aes.KeySize);
        using var decryptor = aes.CreateDecryptor();
        using var input = new MemoryStream(Convert.FromBase64String(dataEncrypt));
        using var crypto = new CryptoStream(input, decryptor, CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
