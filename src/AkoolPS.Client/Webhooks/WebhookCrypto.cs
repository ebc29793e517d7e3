using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AkoolPS.Client.Webhooks;

/// <summary>
/// Akool's webhook cryptography, as its webhook page documents it: the signature is the lowercase
/// hex SHA-1 of clientId, timestamp, nonce and dataEncrypt sorted ordinally and joined; the data is
/// AES-CBC with PKCS#7 padding, the key the UTF-8 bytes of the clientSecret, the IV the UTF-8 bytes of
/// the clientId (16 bytes, zero-padded when shorter), base64-encoded.
/// </summary>
internal static class WebhookCrypto
{
    public static string Sign(string clientId, string timestamp, string nonce, string dataEncrypt)
    {
        var parts = new[] { clientId, timestamp, nonce, dataEncrypt };
        Array.Sort(parts, StringComparer.Ordinal);
        using var sha1 = SHA1.Create();
        var hash = sha1.ComputeHash(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Compares two signatures in time that does not depend on where they differ.</summary>
    public static bool SameSignature(string expected, string given)
    {
        var a = Encoding.ASCII.GetBytes(expected);
        var b = Encoding.ASCII.GetBytes(given.Trim().ToLowerInvariant());
        var difference = a.Length ^ b.Length;
        for (var i = 0; i < a.Length; i++)
        {
            difference |= a[i] ^ (i < b.Length ? b[i] : 0);
        }

        return difference == 0;
    }

    public static string Encrypt(string plainText, string clientId, byte[] key)
    {
        using var aes = Create(clientId, key);
        using var encryptor = aes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(plainText);
        return Convert.ToBase64String(encryptor.TransformFinalBlock(plain, 0, plain.Length));
    }

    /// <summary>Decrypts; throws <see cref="CryptographicException"/> when the key does not fit the data.</summary>
    public static string Decrypt(byte[] cipher, string clientId, byte[] key)
    {
        using var aes = Create(clientId, key);
        using var decryptor = aes.CreateDecryptor();
        var plain = decryptor.TransformFinalBlock(cipher, 0, cipher.Length);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(plain);
    }

    public static bool IsValidKeyLength(int length) => length is 16 or 24 or 32;

    private static Aes Create(string clientId, byte[] key)
    {
        var iv = new byte[16];
        var id = Encoding.UTF8.GetBytes(clientId);
        Array.Copy(id, iv, Math.Min(id.Length, iv.Length));
        var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.PKCS7;
        aes.Key = key;
        aes.IV = iv;
        return aes;
    }
}
