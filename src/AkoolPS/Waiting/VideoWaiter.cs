using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Client.Polling;

namespace AkoolPS.Waiting;

/// <summary>
/// The one waiting engine of the module, used by Wait-AkoolVideo and by -Wait on every cmdlet that
/// creates jobs. It writes each job out the moment it ends, failed jobs as non-terminating
/// Akool.VideoFailed errors, unfinished ones at the time-out as Akool.WaitTimeout errors, and keeps
/// one progress bar for the batch with a child bar per job (for a batch of at most <see cref="MaxChildBars"/>: a
/// host draws every bar it is given, and thousands would bury the one that matters). Where no progress bar
/// shows, the batch's count is written as a status line each time another hundredth of the jobs has ended.
/// </summary>
internal sealed class VideoWaiter : IVideoWaitObserver
{
    private const int BatchActivity = 0x4B1;

    /// <summary>The largest batch whose jobs each get a progress bar of their own.</summary>
    internal const int MaxChildBars = 20;

    private readonly AkoolCmdlet cmdlet;
    private readonly TimeSpan? timeout;
    private readonly Dictionary<string, int> activities = new(StringComparer.Ordinal);
    private readonly int total;
    private int ended;
    private int failed;

    private VideoWaiter(AkoolCmdlet cmdlet, IReadOnlyList<VideoJob> jobs, TimeSpan? timeout)
    {
        this.cmdlet = cmdlet;
        this.timeout = timeout;
        var keys = new HashSet<string>(jobs.Select(Key), StringComparer.Ordinal);
        total = keys.Count;
        if (total <= MaxChildBars)
        {
            foreach (var key in keys)
            {
                activities[key] = BatchActivity + 1 + activities.Count;
            }
        }
    }

    /// <summary>Waits for <paramref name="jobs"/> and writes each out as it ends.</summary>
    public static void Wait(AkoolCmdlet cmdlet, AkoolSession session, IReadOnlyList<VideoJob> jobs, WaitOptions options)
    {
        if (jobs.Count == 0)
        {
            return;
        }

        var waiter = new VideoWaiter(cmdlet, jobs, options.Timeout);
        waiter.ReportBatch();
        try
        {
            cmdlet.Run(token => new VideoJobPoller(session.Client).WaitAsync(jobs, options, waiter, token));
        }
        finally
        {
            cmdlet.EmitProgress(new ProgressRecord(BatchActivity, "Waiting for Akool jobs", "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    public void Changed(VideoJob previous, VideoJob current)
    {
        if (previous.Status != current.Status)
        {
            Report($"{Describe(current)}: {previous.Status} -> {current.Status}{Percent(current)}.");
        }

        ReportJob(current, ProgressRecordType.Processing);
    }

    public void Finished(VideoJob job)
    {
        var video = new AkoolVideo(job);
        ended++;
        if (job.Status == AkoolVideoStatus.Failed)
        {
            failed++;
            cmdlet.EmitError(ErrorRecords.VideoFailed(video));
        }
        else
        {
            cmdlet.Emit(cmdlet.FinishedOutput(video));
        }

        ReportJob(job, ProgressRecordType.Completed);
        ReportBatch();
        if (!cmdlet.Interactive && (ended == total || ended * 100 / total != (ended - 1) * 100 / total))
        {
            Report($"{ended} of {total} jobs ended{(failed > 0 ? $", {failed} failed" : string.Empty)}.");
        }
    }

    public void TimedOut(VideoJob lastState)
    {
        ended++;
        cmdlet.EmitError(ErrorRecords.WaitTimedOut(new AkoolVideo(lastState), timeout ?? TimeSpan.Zero));
        ReportJob(lastState, ProgressRecordType.Completed);
    }

    public void Abandoned(VideoJob lastState, AkoolException error)
    {
        ended++;
        cmdlet.EmitError(ErrorRecords.WaitAbandoned(new AkoolVideo(lastState), error));
        ReportJob(lastState, ProgressRecordType.Completed);
        ReportBatch();
    }

    public void PollFailed(VideoJob lastState, AkoolException error, int consecutiveFailures) =>
        cmdlet.EmitVerbose($"{Describe(lastState)}: reading its state failed ({consecutiveFailures} in a row), still waiting: {error.Message}");

    /// <summary>A status line for -Verbose, and for the information stream where no progress bar shows it.</summary>
    private void Report(string line)
    {
        cmdlet.EmitVerbose(line);
        if (!cmdlet.Interactive)
        {
            cmdlet.EmitInformation(line);
        }
    }

    private void ReportBatch()
    {
        var running = total - ended;
        var status = $"{ended} of {total} ended" + (failed > 0 ? $", {failed} failed" : string.Empty) + (running > 0 ? $", {running} still running" : string.Empty);
        cmdlet.EmitProgress(new ProgressRecord(BatchActivity, $"Waiting for {total} Akool job{(total == 1 ? string.Empty : "s")}", status)
        {
            PercentComplete = total == 0 ? 100 : ended * 100 / total,
        });
    }

    private void ReportJob(VideoJob job, ProgressRecordType type)
    {
        if (!activities.TryGetValue(Key(job), out var id))
        {
            return;
        }

        cmdlet.EmitProgress(new ProgressRecord(id, Describe(job), job.Status + Percent(job))
        {
            ParentActivityId = BatchActivity,
            PercentComplete = Math.Max(0, Math.Min(100, job.Progress ?? 0)),
            RecordType = type,
        });
    }

    private static string Key(VideoJob job) => job.Kind + "/" + job.Id;

    private static string Describe(VideoJob job) =>
        job.Language is null ? $"{job.Kind} {job.Id}" : $"{job.Kind} {job.Id} ({job.Language})";

    private static string Percent(VideoJob job) =>
        job.Status == AkoolVideoStatus.Processing && job.Progress is int p ? $" {p}%" : string.Empty;
}
