using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>
/// An authenticated connection to Akool. It shows how it connects, never its secrets; pass it to
/// -Session to use it in another runspace.
/// </summary>
public sealed class AkoolSession
{
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<VoiceInfo>>> voiceCache = new(StringComparer.Ordinal);

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

    /// <summary>How many status requests the session has in flight at once when it reads many jobs.</summary>
    public int MaxConcurrency => Client.Options.MaxConcurrency;

    /// <summary>The proxy, when one was given.</summary>
    public Uri? Proxy { get; }

    /// <summary>When the session was made.</summary>
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>False once Disconnect-Akool has ended it.</summary>
    public bool IsConnected => !Client.IsDisposed;

    internal AkoolClient Client { get; }

    /// <summary>
    /// The first page of a language's voices, fetched once per session for tab completion. A fetch
    /// that fails is forgotten, so the next Tab tries again.
    /// </summary>
    internal Task<IReadOnlyList<VoiceInfo>> VoicesFor(string languageCode)
    {
        var key = languageCode.Trim().ToLowerInvariant();
        var task = voiceCache.GetOrAdd(key, code => FetchVoicesAsync(code));
        if (task.IsFaulted || task.IsCanceled)
        {
            voiceCache.TryRemove(key, out _);
        }

        return task;
    }

    private async Task<IReadOnlyList<VoiceInfo>> FetchVoicesAsync(string languageCode)
    {
        var page = await Client.GetVoicePageAsync(languageCode, 1, AkoolClient.MaxVoicePageSize, CancellationToken.None).ConfigureAwait(false);
        return page.Voices;
    }

    /// <inheritdoc />
    public override string ToString() => $"Akool session ({AuthMethod}) to {BaseUri}";
}
