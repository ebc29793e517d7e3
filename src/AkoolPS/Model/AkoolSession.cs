using System;
using AkoolPS.Client;

namespace AkoolPS;

/// <summary>
/// An authenticated connection to Akool. It shows how it connects, never its secrets; pass it to
/// -Session to use it in another runspace.
/// </summary>
public sealed class AkoolSession
{
    internal AkoolSession(AkoolClient client, Uri? proxy)
    {
        Client = client;
        Proxy = proxy;
        ConnectedAt = DateTimeOffset.Now;
    }

    /// <summary>A number that tells sessions apart.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>Where the API is.</summary>
    public Uri BaseUri => Client.BaseUri;

    /// <summary>ApiKey, ClientCredential or Token.</summary>
    public string AuthMethod => Client.AuthMethod;

    /// <summary>The client id of client-credential sessions (not a secret).</summary>
    public string? ClientId => Client.Options.Credential.ClientId;

    /// <summary>When the access token of a client-credential session ends.</summary>
    public DateTimeOffset? TokenExpiresAt => Client.TokenExpiresAt;

    /// <summary>The time-out of one try of one request, in seconds.</summary>
    public int TimeoutSec => (int)Math.Round(Client.Options.RequestTimeout.TotalSeconds);

    /// <summary>How many times a failed request is retried.</summary>
    public int MaxRetry => Client.Options.MaxRetry;

    /// <summary>The first wait between tries; it doubles each time.</summary>
    public TimeSpan RetryDelay => Client.Options.RetryDelay;

    /// <summary>The longest wait between tries, including what Retry-After asks for.</summary>
    public TimeSpan MaxRetryDelay => Client.Options.MaxRetryDelay;

    /// <summary>The proxy, when one was given.</summary>
    public Uri? Proxy { get; }

    /// <summary>When the session was made.</summary>
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>False once Disconnect-Akool has ended it.</summary>
    public bool IsConnected => !Client.IsDisposed;

    internal AkoolClient Client { get; }

    /// <inheritdoc />
    public override string ToString() => $"Akool session ({AuthMethod}) to {BaseUri}";
}
