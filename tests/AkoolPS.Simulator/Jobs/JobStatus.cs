namespace AkoolPS.Simulator;

/// <summary>The documented status numbers (<c>video_status</c> on v3, <c>status</c> on image-to-video).</summary>
internal static class JobStatus
{
    public const int Queued = 1;
    public const int Processing = 2;
    public const int Completed = 3;
    public const int Failed = 4;
}

/// <summary>What a job looks like at one instant. <see cref="FinishedAt"/> is set once it completed or failed.</summary>
internal readonly record struct JobSnapshot(int Status, int Progress, long? FinishedAt = null, JobFailure? Failure = null)
{
    public bool IsFinished => Status is JobStatus.Completed or JobStatus.Failed;
}
