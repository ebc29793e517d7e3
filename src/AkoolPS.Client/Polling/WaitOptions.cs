using System;

namespace AkoolPS.Client.Polling;

/// <summary>How a wait polls: a first delay, then a steady interval, and an overall time-out.</summary>
public sealed class WaitOptions
{
    /// <summary>The wait before the first poll of a job that is not finished.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The interval between two polls of a job. It stays steady: each job is seen to end within one
    /// interval, and a wait for many jobs asks no more often than a loop at that interval would.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait in all; null waits until every job ends.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How many polls of one job may fail in a row (after each request's own retries) before its wait is given up.</summary>
    public int MaxConsecutiveFailures { get; init; } = 5;

    /// <summary>
    /// The module's waits: the first poll and every next one <paramref name="pollInterval"/> apart, within
    /// <paramref name="timeout"/> (null: until every job ends).
    /// </summary>
    public static WaitOptions Steady(TimeSpan pollInterval, TimeSpan? timeout = null) => new()
    {
        InitialDelay = pollInterval,
        PollInterval = pollInterval,
        Timeout = timeout,
    };

    internal void Validate()
    {
        if (Timeout is TimeSpan timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "The time-out must be more than zero.");
        }

        if (InitialDelay < TimeSpan.Zero || PollInterval <= TimeSpan.Zero || MaxConsecutiveFailures < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), "The poll interval must be positive and the first delay not negative.");
        }
    }
}
