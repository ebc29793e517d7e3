using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Diagnostics;

namespace AkoolPS.Client.Auth;

/// <summary>The header one request authenticates with, and whether it came from a cached token.</summary>
internal readonly struct AuthHeader
{
    public AuthHeader(string name, string value, bool fromCache)
    {
        Name = name;
        Value = value;
        FromCache = fromCache;
    }

    public string Name { get; }

    public string Value { get; }

    public bool FromCache { get; }
}

/// <summary>
/// Turns the credential into a request header. For client credentials it gets a token through
/// getToken and caches it. The JWT's <c>exp</c> is used only when it is sane, at least
/// <see cref="MinimumLifetime"/> ahead when the token arrives: Akool's own sample token has <c>exp</c> one
/// second after <c>iat</c> on a token said to last a year, and trusting that would fetch a new token for
/// every call. A token with a sane <c>exp</c> is renewed <see cref="RenewBefore"/> ahead of it; any token is
/// renewed when Akool rejects it (1101). Callers that need a new token at the same moment (the first
/// calls of a session, or many calls rejected with the same token) share one getToken call. Thread-safe.
/// </summary>
internal sealed class Authenticator : IDisposable
{
    /// <summary>How far ahead <c>exp</c> must be when the token arrives to be believed.</summary>
    public static readonly TimeSpan MinimumLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How long before a believed <c>exp</c> the token is renewed.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly AkoolCredential credential;
    private readonly Func<AkoolClientCredential, CancellationToken, Task<string>> fetchToken;
    private readonly Func<DateTimeOffset> now;
    private readonly SemaphoreSlim gate = new(1, 1);
    private SecureString? token;

    public Authenticator(AkoolCredential credential, Func<AkoolClientCredential, CancellationToken, Task<string>> fetchToken, Func<DateTimeOffset>? now = null)
    {
        this.credential = credential;
        this.fetchToken = fetchToken;
        this.now = now ?? (() => DateTimeOffset.UtcNow);
    }

    /// <summary>True when a rejected token can be replaced by asking for a new one.</summary>
    public bool CanRenew => credential is AkoolClientCredential;

    /// <summary>When the cached token ends, if its <c>exp</c> was sane; null when unknown (it is then kept until Akool rejects it).</summary>
    public DateTimeOffset? TokenExpiresAt { get; private set; }

    /// <summary>The header for the next request.</summary>
    /// <param name="rejected">The header Akool rejected (1101), or null. A new token is fetched only while that header is still the cached one.</param>
    /// <param name="cancellationToken">Stops the wait for a token.</param>
    public async Task<AuthHeader> GetAsync(AuthHeader? rejected, CancellationToken cancellationToken)
    {
        switch (credential)
        {
            case AkoolApiKeyCredential key:
                return new AuthHeader("x-api-key", AkoolCredential.Reveal(key.ApiKey), false);
            case AkoolTokenCredential given:
                return new AuthHeader("Authorization", "Bearer " + AkoolCredential.Reveal(given.Token), false);
            case AkoolClientCredential client:
                return await GetClientTokenAsync(client, rejected?.Value, cancellationToken).ConfigureAwait(false);
            default:
                throw new InvalidOperationException("Unknown credential type.");
        }
    }

    public void Dispose()
    {
        token?.Dispose();
        gate.Dispose();
    }

    private async Task<AuthHeader> GetClientTokenAsync(AkoolClientCredential client, string? rejected, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stale = token is null
                || (rejected is not null && string.Equals(rejected, "Bearer " + AkoolCredential.Reveal(token), StringComparison.Ordinal))
                || (TokenExpiresAt is DateTimeOffset expires && expires - now() < RenewBefore);
            if (stale)
            {
                AkoolLog.Verbose(token is null ? "Getting an access token for the client id." : "Renewing the access token.");
                var fresh = await fetchToken(client, cancellationToken).ConfigureAwait(false);
                token?.Dispose();
                token = ToSecure(fresh);
                TokenExpiresAt = SaneExpiry(fresh, now());
                if (TokenExpiresAt is null && JwtExpiry.Read(fresh) is { } claimed)
                {
                    AkoolLog.Verbose($"The token's exp ({claimed:u}) is not believable; it is kept until Akool rejects it.");
                }
            }

            return new AuthHeader("Authorization", "Bearer " + AkoolCredential.Reveal(token!), !stale);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The token's <c>exp</c> when it is at least <see cref="MinimumLifetime"/> after <paramref name="fetchedAt"/>, else null.</summary>
    internal static DateTimeOffset? SaneExpiry(string token, DateTimeOffset fetchedAt) =>
        JwtExpiry.Read(token) is DateTimeOffset exp && exp - fetchedAt >= MinimumLifetime ? exp : null;

    private static SecureString ToSecure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
