using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client.Polling;

namespace AkoolPS.Waiting;

/// <summary>Checks and turns the waiting parameters into the poller's options.</summary>
internal static class WaitParameters
{
    /// <summary>The wait between polls of each job unless -PollInterval says otherwise.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(5);

    public static WaitOptions Build(AkoolCmdlet cmdlet, TimeSpan? timeout, TimeSpan pollInterval)
    {
        if (timeout is TimeSpan limit && limit <= TimeSpan.Zero)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.Build(
                new ArgumentOutOfRangeException(nameof(timeout), limit, $"-Timeout must be more than zero, not {limit}. Leave it out to wait until every job ends."),
                "Akool.InvalidTimeout", ErrorCategory.InvalidArgument, limit));
        }

        if (pollInterval <= TimeSpan.Zero)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.Build(
                new ArgumentOutOfRangeException(nameof(pollInterval), pollInterval, $"-PollInterval must be more than zero, not {pollInterval}."),
                "Akool.InvalidPollInterval", ErrorCategory.InvalidArgument, pollInterval));
        }

        // A steady interval: each job is seen to end within one interval, and a wait for many jobs asks no more
        // often than a loop at that interval would. A longer -PollInterval is the way to ask less often.
        return WaitOptions.Steady(pollInterval, timeout);
    }
}
