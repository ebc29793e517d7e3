namespace AkoolPS.Simulator;

/// <summary>
/// A job's whole future as numbers (Unix ms), so its state at any instant is computed, never stored or
/// ticked: queued until <see cref="QueuedUntil"/>, then progress rising linearly from
/// <see cref="SegmentProgress"/> at <see cref="SegmentStart"/> to 99 just before <see cref="CompleteAt"/>,
/// unless <see cref="FailAt"/> comes first. Changes start a new segment at the current progress, so
/// progress never goes backwards.
/// </summary>
internal sealed record JobTimeline(
    long CreatedAt,
    long QueuedUntil,
    long SegmentStart,
    int SegmentProgress,
    long CompleteAt,
    long? FailAt = null,
    int FailProgress = 0,
    JobFailure? Failure = null)
{
    private const int MaxQueuedMs = 500;

    public static JobTimeline Start(long now, long durationMs, JobFailure? plannedFailure)
    {
        var queuedUntil = now + QueueTime(durationMs);
        var timeline = new JobTimeline(now, queuedUntil, queuedUntil, 1, now + durationMs);
        return plannedFailure is null
            ? timeline
            : timeline.FailingAt(plannedFailure with { AtProgress = plannedFailure.AtProgress ?? JobFailure.DefaultAtProgress });
    }

    public long DurationMs => CompleteAt - CreatedAt;

    public JobSnapshot Evaluate(long now)
    {
        if (FailAt is long failAt && now >= failAt)
        {
            return new JobSnapshot(JobStatus.Failed, FailProgress, failAt, Failure);
        }

        if (now >= CompleteAt)
        {
            return new JobSnapshot(JobStatus.Completed, 100, CompleteAt);
        }

        return now < QueuedUntil
            ? new JobSnapshot(JobStatus.Queued, 0)
            : new JobSnapshot(JobStatus.Processing, ProgressAt(now));
    }

    /// <summary>A new total duration (from creation); a running job keeps its progress and speeds up or slows down.</summary>
    public JobTimeline WithDuration(long now, long durationMs)
    {
        var completeAt = Math.Max(now, CreatedAt + durationMs);
        var changed = now < QueuedUntil
            ? this with { QueuedUntil = CreatedAt + QueueTime(durationMs), SegmentStart = CreatedAt + QueueTime(durationMs), SegmentProgress = 1, CompleteAt = completeAt }
            : this with { SegmentStart = now, SegmentProgress = ProgressAt(now), CompleteAt = completeAt };
        return Failure?.AtProgress is null ? changed : changed.FailingAt(Failure);
    }

    public JobTimeline CompletedAt(long now) => this with { CompleteAt = now, FailAt = null, Failure = null };

    /// <summary>Fails at <see cref="JobFailure.AtProgress"/>, or now at the current progress when none is given or it has passed.</summary>
    public JobTimeline FailedFrom(long now, JobFailure failure)
    {
        var current = Evaluate(now).Progress;
        return failure.AtProgress is int at && at > current
            ? FailingAt(failure)
            : this with { FailAt = now, FailProgress = current, Failure = failure };
    }

    private JobTimeline FailingAt(JobFailure failure)
    {
        var at = failure.AtProgress!.Value;

        // Progress 0 means it never leaves the queue; otherwise the instant the rising progress reaches it.
        var failAt = at == 0 ? QueuedUntil : TimeOfProgress(Math.Max(at, SegmentProgress));
        return this with { FailAt = Math.Min(failAt, CompleteAt), FailProgress = Math.Max(at, at == 0 ? 0 : SegmentProgress), Failure = failure };
    }

    private int ProgressAt(long now)
    {
        var span = CompleteAt - SegmentStart;
        if (span <= 0)
        {
            return 99;
        }

        var progress = SegmentProgress + ((99 - SegmentProgress) * Math.Max(0, now - SegmentStart) / span);
        return (int)Math.Clamp(progress, SegmentProgress, 99);
    }

    // The first instant at which ProgressAt reaches `progress` (ceiling division keeps the two consistent).
    private long TimeOfProgress(int progress)
    {
        if (progress <= SegmentProgress || SegmentProgress >= 99)
        {
            return SegmentStart;
        }

        var span = CompleteAt - SegmentStart;
        var steps = 99 - SegmentProgress;
        return SegmentStart + (((progress - SegmentProgress) * span) + steps - 1) / steps;
    }

    private static long QueueTime(long durationMs) => Math.Min(MaxQueuedMs, durationMs / 4);
}
