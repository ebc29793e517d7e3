using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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
    private static readonly TimeSpan VoiceCacheLifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (DateTime Fetched, Task<IReadOnlyList<VoiceLabVoice>> Voices)> voiceCache = new(StringComparer.Ordinal);

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
    /// The clones and Akool voices whose name contains <paramref name="name"/> (first page of each), for tab
    /// completion: kept a minute per name, so repeated Tabs cost nothing and a new clone shows soon. A fetch
    /// that fails is forgotten, so the next Tab tries again.
    /// </summary>
    internal Task<IReadOnlyList<VoiceLabVoice>> VoicesNamed(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        var now = DateTime.UtcNow;
        if (voiceCache.TryGetValue(key, out var cached) && now - cached.Fetched < VoiceCacheLifetime && !cached.Voices.IsFaulted && !cached.Voices.IsCanceled)
        {
            return cached.Voices;
        }

        var task = FetchVoicesAsync(key);
        voiceCache[key] = (now, task);
        return task;
    }

    private async Task<IReadOnlyList<VoiceLabVoice>> FetchVoicesAsync(string name)
    {
        var filter = name.Length == 0 ? null : name;
        var clones = Client.GetVoiceLabPageAsync(new VoiceLabFilter { Type = AkoolVoiceType.Clone, Name = filter }, 1, CompletionPageSize, CancellationToken.None);
        var akool = Client.GetVoiceLabPageAsync(new VoiceLabFilter { Type = AkoolVoiceType.Akool, Name = filter }, 1, CompletionPageSize, CancellationToken.None);
        var pages = await Task.WhenAll(clones, akool).ConfigureAwait(false);
        return pages.SelectMany(p => p.Voices).ToList();
    }

    private const int CompletionPageSize = 50;

    /// <inheritdoc />
    public override string ToString() => $"Akool session ({AuthMethod}) to {BaseUri}";
}
