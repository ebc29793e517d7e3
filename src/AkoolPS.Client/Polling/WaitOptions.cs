using System;

namespace AkoolPS.Client.Polling;

/// <summary>How a wait polls: a first delay, then an interval that grows to a cap, and an overall time-out.</summary>
public sealed class WaitOptions
{
    /// <summary>The wait before the first poll of a job that is not finished.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The interval after the first poll; it grows by <see cref="Backoff"/> to <see cref="MaxPollInterval"/>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest interval between two polls of one job.</summary>
    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The factor the interval grows by after each poll.</summary>
    public double Backoff { get; init; } = 1.5;

    /// <summary>How long to wait in all; null waits until every job ends.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How many polls of one job may fail in a row (after each request's own retries) before its wait is given up.</summary>
    public int MaxConsecutiveFailures { get; init; } = 5;

    internal void Validate()
    {
        if (Timeout is TimeSpan timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "The time-out must be more than zero.");
        }

        if (InitialDelay < TimeSpan.Zero || PollInterval <= TimeSpan.Zero || MaxPollInterval < PollInterval || Backoff < 1 || MaxConsecutiveFailures < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), "Poll intervals must be positive, the cap not below the interval, and the backoff at least 1.");
        }
    }
}
