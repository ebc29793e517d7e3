using System.Collections.Concurrent;

namespace AkoolPS.Simulator;

/// <summary>
/// Creates and keeps jobs of every kind. Creation charges the credits, takes the next admin plan (if any)
/// and freezes the configured duration and result size into the job.
/// </summary>
/// <param name="created">Told of every new job (webhook watching), so no create path can forget it.</param>
internal sealed class JobStore(TimeProvider clock, ConfigStore config, JobPlans plans, ObjectIds ids, Action<Job> created)
{
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private long _created;

    /// <summary>
    /// One job per entry of <paramref name="details"/>, all paid for first; null (and nothing created or
    /// charged) when the balance cannot pay for all of them, as a multi-language translation is one call.
    /// </summary>
    public IReadOnlyList<Job>? TryCreate(IReadOnlyList<JobDetails> details, string webhookUrl, string origin)
    {
        if (!config.TryCharge(details.Sum(d => (long)d.Credits)))
        {
            return null;
        }

        return [.. details.Select(d => Create(d, webhookUrl, origin))];
    }

    /// <summary>
    /// The entries of a batch call, each on its own: an entry a plan rejects, or one the balance can no
    /// longer pay for (1104), is an error and costs nothing; the others are created and charged.
    /// </summary>
    public IReadOnlyList<BatchEntry> CreateEach(IReadOnlyList<JobDetails> details, string webhookUrl, string origin)
    {
        var entries = new List<BatchEntry>();
        foreach (var entry in details)
        {
            var plan = plans.TakeOne();
            if (plan?.Reject is { } reject)
            {
                entries.Add(new BatchEntry(null, reject.Code, reject.Msg));
            }
            else if (!config.TryCharge(entry.Credits))
            {
                entries.Add(new BatchEntry(null, AkoolCodes.InsufficientCredit, AkoolCodes.MessageFor(AkoolCodes.InsufficientCredit)));
            }
            else
            {
                entries.Add(new BatchEntry(Create(entry, webhookUrl, origin, plan), AkoolCodes.Ok, string.Empty));
            }
        }

        return entries;
    }

    public Job? Find(string id) => _jobs.GetValueOrDefault(id);

    public bool Remove(string id) => _jobs.TryRemove(id, out _);

    /// <summary>All jobs, oldest first.</summary>
    public IReadOnlyList<Job> All() => [.. _jobs.Values.OrderBy(job => job.Sequence)];

    public void Clear() => _jobs.Clear();

    private Job Create(JobDetails details, string webhookUrl, string origin) => Create(details, webhookUrl, origin, plans.TakeOne());

    private Job Create(JobDetails details, string webhookUrl, string origin, JobPlan? plan)
    {
        var settings = config.Current;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var timeline = JobTimeline.Start(now, plan?.DurationMs ?? settings.JobDurationMs, plan?.Fail);
        var job = new Job(Interlocked.Increment(ref _created), ids.Next(), ids.Next(), details, webhookUrl, origin, settings.ResultSizeBytes, timeline);
        _jobs[job.Id] = job;
        created(job);
        return job;
    }
}

/// <summary>One entry of a batch call: the job created, or the code and message of its refusal.</summary>
internal sealed record BatchEntry(Job? Job, int Code, string Msg);
