using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AkoolPS.Simulator;

/// <summary>
/// Issues and verifies the legacy bearer tokens: real HS256 JWTs, so a client can read <c>exp</c> as it
/// would from Akool's. The key is private to this simulator instance. Each token carries a serial
/// (<c>jti</c>) so that revoking "every token issued so far" is one number, not a list. How long a token
/// really lasts is kept in a claim of its own (<c>sim_valid_until</c>), so <c>exp</c> can be made to lie
/// as Akool's own sample does (<c>exp</c> one second after <c>iat</c> on a token valid for a year).
/// </summary>
internal sealed class JwtTokens
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private long _nextSerial;
    private long _firstValidSerial;

    /// <param name="expOffsetSec">Null: <c>exp</c> is the real end. Otherwise <c>exp</c> = <c>iat</c> + this.</param>
    public string Issue(DateTimeOffset now, long lifetimeSec, long? expOffsetSec = null)
    {
        var issuedAt = now.ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["uid"] = SimulatorAccount.Uid,
            ["type"] = "user",
            ["jti"] = Interlocked.Increment(ref _nextSerial),
            ["iat"] = issuedAt,
            ["exp"] = issuedAt + (expOffsetSec ?? lifetimeSec),
            ["sim_valid_until"] = issuedAt + lifetimeSec,
        };
        var unsigned = Header + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return unsigned + "." + Base64Url.EncodeToString(Sign(unsigned));
    }

    /// <summary>True when the signature is ours, its real end is still ahead and the token was not revoked.</summary>
    public bool IsValid(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || !TryDecode(parts[2], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1]))
            || !TryDecode(parts[1], out var payloadBytes))
        {
            return false;
        }

        using var payload = JsonDocument.Parse(payloadBytes);
        var root = payload.RootElement;
        return root.TryGetProperty("sim_valid_until", out var end) && end.TryGetInt64(out var expires)
            && root.TryGetProperty("jti", out var jti) && jti.TryGetInt64(out var serial)
            && now.ToUnixTimeSeconds() < expires
            && serial >= Interlocked.Read(ref _firstValidSerial);
    }

    /// <summary>Every token issued before this call stops working; later ones are fine.</summary>
    public void RevokeAll() => Interlocked.Exchange(ref _firstValidSerial, Interlocked.Read(ref _nextSerial) + 1);

    public void ForgetRevocations() => Interlocked.Exchange(ref _firstValidSerial, 0);

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned));

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
