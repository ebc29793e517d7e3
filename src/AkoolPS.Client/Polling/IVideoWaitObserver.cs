using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Polling;

/// <summary>
/// What a wait reports, job by job, the moment it knows. Called from the polling task, never
/// concurrently; the PowerShell layer queues these calls onto the pipeline thread.
/// </summary>
public interface IVideoWaitObserver
{
    /// <summary>A job's status or progress changed.</summary>
    void Changed(VideoJob previous, VideoJob current);

    /// <summary>A job completed or failed; it will not be polled again.</summary>
    void Finished(VideoJob job);

    /// <summary>The wait's time-out passed before the job ended; this is its last known state.</summary>
    void TimedOut(VideoJob lastState);

    /// <summary>A job can no longer be read (unknown to Akool, access refused, or failing too often): its wait ends.</summary>
    void Abandoned(VideoJob lastState, AkoolException error);

    /// <summary>One poll of a job failed; the wait goes on.</summary>
    void PollFailed(VideoJob lastState, AkoolException error, int consecutiveFailures);
}
