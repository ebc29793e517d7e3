using System.Security.Cryptography;
using System.Text;

namespace AkoolPS.Simulator;

/// <summary>Akool's rules for who may call <c>/api/open/...</c>, and for the getToken key pair.</summary>
internal sealed class Authenticator(SimulatorOptions options, JwtTokens tokens, TimeProvider clock)
{
    /// <summary>
    /// Null when the request may proceed, else the business error to answer. As documented,
    /// a non-empty Authorization header wins and x-api-key is then ignored, even when it is right.
    /// </summary>
    public AkoolResult? Check(HttpRequest request)
    {
        var headers = AuthHeaders.Read(request);
        if (headers.Authorization is not null)
        {
            return headers.BearerToken is { Length: > 0 } token && tokens.IsValid(token, clock.GetUtcNow())
                ? null
                : AkoolResult.Error(AkoolCodes.InvalidToken);
        }

        if (headers.ApiKey is null)
        {
            return AkoolResult.Error(AkoolCodes.EmptyToken);
        }

        return SecretEquals(headers.ApiKey, options.ApiKey) ? null : AkoolResult.Error(AkoolCodes.InvalidToken);
    }

    public bool IsClientPair(string clientId, string clientSecret) =>
        SecretEquals(clientId, options.ClientId) & SecretEquals(clientSecret, options.EffectiveClientSecret);

    // Constant time: a simulator leaks nothing, but the client's tests should not learn habits from a lax server.
    private static bool SecretEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
