using System.Security.Cryptography;
using System.Text;

namespace AkoolPS.Simulator;

/// <summary>
/// The webhook page's scheme: AES-CBC with PKCS#7, key = UTF-8 clientSecret (24 bytes: AES-192),
/// IV = UTF-8 clientId (16 bytes), base64; signature = lowercase hex SHA-1 of the four strings clientId,
/// timestamp, nonce and dataEncrypt, sorted ordinally and concatenated.
/// </summary>
internal static class WebhookCrypto
{
    private const int IvBytes = 16;

    /// <summary>Why this key pair cannot seal a webhook, or null when it can. Checked rather than padded, as Node and Java would fail too.</summary>
    public static string? Problem(string clientId, string clientSecret)
    {
        var key = Encoding.UTF8.GetByteCount(clientSecret);
        if (key is not (16 or 24 or 32))
        {
            return $"the clientSecret is {key} bytes, but an AES key must be 16, 24 or 32 (Akool's are 24)";
        }

        var iv = Encoding.UTF8.GetByteCount(clientId);
        return iv == IvBytes ? null : $"the clientId is {iv} bytes, but the AES IV must be {IvBytes}";
    }

    public static string Encrypt(string plainText, string clientId, string clientSecret)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(clientSecret);
        var cipher = aes.EncryptCbc(Encoding.UTF8.GetBytes(plainText), Encoding.UTF8.GetBytes(clientId), PaddingMode.PKCS7);
        return Convert.ToBase64String(cipher);
    }

    public static string Sign(string clientId, string timestamp, string nonce, string dataEncrypt)
    {
        string[] parts = [clientId, timestamp, nonce, dataEncrypt];
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }
}
