using System;
using System.Net.Http;

namespace AkoolPS.Client.Http;

/// <summary>
/// How long to wait before a retry: what the server's <c>Retry-After</c> asks (seconds or an HTTP
/// date), capped by the session's maximum; otherwise exponential backoff with jitter, so that many
/// clients failing together do not come back together.
/// </summary>
internal sealed class RetryDelay
{
    private readonly TimeSpan baseDelay;
    private readonly TimeSpan maxDelay;
    private readonly Func<double> random;
    private readonly Func<DateTimeOffset> now;

    public RetryDelay(TimeSpan baseDelay, TimeSpan maxDelay, Func<double>? random = null, Func<DateTimeOffset>? now = null)
    {
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.random = random ?? ThreadSafeRandom.NextDouble;
        this.now = now ?? (() => DateTimeOffset.UtcNow);
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan For(int retry, HttpResponseMessage? response)
    {
        if (RetryAfter(response) is TimeSpan asked)
        {
            return Cap(asked);
        }

        var exponent = Math.Min(retry - 1, 16);
        var full = baseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        var capped = Math.Min(full, maxDelay.TotalMilliseconds);

        // "Equal jitter": at least half the backoff, plus a random part of the other half.
        return TimeSpan.FromMilliseconds((capped / 2) + (random() * capped / 2));
    }

    /// <summary>What the answer's Retry-After header asks for, if anything.</summary>
    public TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is TimeSpan delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is DateTimeOffset date)
        {
            var wait = date - now();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private TimeSpan Cap(TimeSpan wait) => wait > maxDelay ? maxDelay : wait;
}

/// <summary>A random source safe to share between threads (netstandard2.0 has no Random.Shared).</summary>
internal static class ThreadSafeRandom
{
    private static readonly Random Seeds = new();

    [ThreadStatic]
    private static Random? local;

    public static double NextDouble()
    {
        if (local is null)
        {
            int seed;
            lock (Seeds)
            {
                seed = Seeds.Next();
            }

            local = new Random(seed);
        }

        return local.NextDouble();
    }
}
