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
/// getToken once, caches it for its lifetime (read from the JWT's exp), and renews it shortly
/// before it ends or when Akool says it is no longer valid. Thread-safe.
/// </summary>
internal sealed class Authenticator : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly AkoolCredential credential;
    private readonly Func<AkoolClientCredential, CancellationToken, Task<string>> fetchToken;
    private readonly SemaphoreSlim gate = new(1, 1);
    private SecureString? token;

    public Authenticator(AkoolCredential credential, Func<AkoolClientCredential, CancellationToken, Task<string>> fetchToken)
    {
        this.credential = credential;
        this.fetchToken = fetchToken;
    }

    /// <summary>True when a rejected token can be replaced by asking for a new one.</summary>
    public bool CanRenew => credential is AkoolClientCredential;

    /// <summary>When the cached (or given) token ends, if known.</summary>
    public DateTimeOffset? TokenExpiresAt { get; private set; }

    public async Task<AuthHeader> GetAsync(bool renew, CancellationToken cancellationToken)
    {
        switch (credential)
        {
            case AkoolApiKeyCredential key:
                return new AuthHeader("x-api-key", AkoolCredential.Reveal(key.ApiKey), false);
            case AkoolTokenCredential given:
                return new AuthHeader("Authorization", "Bearer " + AkoolCredential.Reveal(given.Token), false);
            case AkoolClientCredential client:
                return await GetClientTokenAsync(client, renew, cancellationToken).ConfigureAwait(false);
            default:
                throw new InvalidOperationException("Unknown credential type.");
        }
    }

    public void Dispose()
    {
        token?.Dispose();
        gate.Dispose();
    }

    private async Task<AuthHeader> GetClientTokenAsync(AkoolClientCredential client, bool renew, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stale = token is null || renew ||
                (TokenExpiresAt is DateTimeOffset expires && expires - DateTimeOffset.UtcNow < RenewBefore);
            var fromCache = !stale;
            if (stale)
            {
                AkoolLog.Verbose(token is null ? "Getting an access token for the client id." : "Renewing the access token.");
                var fresh = await fetchToken(client, cancellationToken).ConfigureAwait(false);
                token?.Dispose();
                token = ToSecure(fresh);
                TokenExpiresAt = JwtExpiry.Read(fresh);
            }

            return new AuthHeader("Authorization", "Bearer " + AkoolCredential.Reveal(token!), fromCache);
        }
        finally
        {
            gate.Release();
        }
    }

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
