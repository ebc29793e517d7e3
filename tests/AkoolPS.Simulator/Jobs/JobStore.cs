using System.Collections.Concurrent;

namespace AkoolPS.Simulator;

/// <summary>
/// Creates and keeps jobs of every kind. Creation takes the next admin plan (if any) and freezes the
/// configured duration and result size into the job.
/// </summary>
internal sealed class JobStore(TimeProvider clock, ConfigStore config, JobPlans plans, ObjectIds ids)
{
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private long _created;

    public Job Create(JobKind kind, JobDetails details, string webhookUrl)
    {
        var settings = config.Current;
        var plan = plans.TakeOne();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var timeline = JobTimeline.Start(now, plan?.DurationMs ?? settings.JobDurationMs, plan?.Fail);
        var job = new Job(Interlocked.Increment(ref _created), ids.Next(), ids.Next(), kind, details, webhookUrl, settings.ResultSizeBytes, timeline);
        _jobs[job.Id] = job;
        return job;
    }

    public Job? Find(string id) => _jobs.GetValueOrDefault(id);

    public bool Remove(string id) => _jobs.TryRemove(id, out _);

    /// <summary>All jobs, oldest first.</summary>
    public IReadOnlyList<Job> All() => [.. _jobs.Values.OrderBy(job => job.Sequence)];

    public void Clear() => _jobs.Clear();
}
