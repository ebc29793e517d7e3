namespace AkoolPS.Simulator;

/// <summary>
/// Everything the simulator knows and everything <c>/__admin</c> can do, for C# callers. Thread-safe:
/// tests may inspect and change it while requests are being served.
/// </summary>
public sealed class SimulatorState
{
    private readonly ConfigStore _config;
    private readonly JobPlans _plans = new();

    internal SimulatorState(SimulatorOptions options)
    {
        Options = options;
        Clock = options.TimeProvider;
        _config = new ConfigStore(options.ToConfig());
        Authenticator = new Authenticator(options, Tokens, Clock);
        Jobs = new JobStore(Clock, _config, _plans, new ObjectIds(Clock), Webhooks.Watch);
    }

    /// <summary>The start-up options; <see cref="Reset"/> returns to them.</summary>
    public SimulatorOptions Options { get; }

    public SimulatorConfig Config => _config.Current;

    internal TimeProvider Clock { get; }

    internal JwtTokens Tokens { get; } = new();

    internal Authenticator Authenticator { get; }

    internal JobStore Jobs { get; }

    internal RequestJournal Journal { get; } = new();

    internal FaultBook Faults { get; } = new();

    internal WebhookWatch Webhooks { get; } = new();

    internal WebhookLog WebhookLog { get; } = new();

    /// <summary>The simulator's clock in Unix milliseconds, the unit of every time the API reports.</summary>
    internal long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Changes the configuration atomically, e.g. <c>UpdateConfig(c =&gt; c with { LatencyMs = 50 })</c>.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public SimulatorConfig UpdateConfig(Func<SimulatorConfig, SimulatorConfig> change) => _config.Update(change);

    /// <summary>Journal entries, oldest first; <paramref name="path"/> is exact or a prefix ending in '*'.</summary>
    public IReadOnlyList<JournalEntry> GetJournal(string? path = null, string? method = null) => Journal.Snapshot(path, method);

    public void ClearJournal() => Journal.Clear();

    /// <exception cref="ArgumentException">The rule lacks what its kind needs.</exception>
    public ActiveFault AddFault(FaultRule rule) => Faults.Add(rule);

    public IReadOnlyList<ActiveFault> GetFaults() => Faults.List();

    public void ClearFaults() => Faults.Clear();

    /// <exception cref="ArgumentException">The plan is out of range.</exception>
    public void PlanNextJobs(JobPlan plan) => _plans.Add(plan);

    /// <summary>The plans not used yet, with their remaining counts.</summary>
    public IReadOnlyList<JobPlan> GetPlannedJobs() => _plans.Pending();

    public void ClearPlannedJobs() => _plans.Clear();

    public IReadOnlyList<JobInfo> GetJobs() => [.. Jobs.All().Select(job => job.Describe(NowMs))];

    public JobInfo? GetJob(string id) => Jobs.Find(id)?.Describe(NowMs);

    /// <exception cref="KeyNotFoundException">No such job.</exception>
    /// <exception cref="InvalidOperationException">The job already completed or failed.</exception>
    /// <exception cref="ArgumentException">The change is empty or out of range.</exception>
    public JobInfo ChangeJob(string id, JobChange change)
    {
        change.Validate();
        var job = Jobs.Find(id) ?? throw new KeyNotFoundException($"No job '{id}'.");
        var now = NowMs;
        var changed = job.TryChange(now, timeline =>
        {
            timeline = change.DurationMs is int duration ? timeline.WithDuration(now, duration) : timeline;
            timeline = change.Fail is { } fail ? timeline.FailedFrom(now, fail) : timeline;
            return change.Complete ? timeline.CompletedAt(now) : timeline;
        });
        return changed ? job.Describe(now) : throw new InvalidOperationException($"Job '{id}' has already finished.");
    }

    /// <summary>Webhook delivery attempts, oldest first, optionally of one job only.</summary>
    public IReadOnlyList<WebhookDelivery> GetWebhookDeliveries(string? jobId = null) => WebhookLog.Snapshot(jobId);

    public void ClearWebhookDeliveries() => WebhookLog.Clear();

    /// <summary>Forgets a job: its reads answer 1008, its files 404, and no further webhook notices are queued for it.</summary>
    public bool ForgetJob(string id) => Jobs.Remove(id);

    /// <summary>Every token issued so far answers 1101 from now on: how tests expire a session.</summary>
    public void RevokeTokens() => Tokens.RevokeAll();

    /// <summary>
    /// Jobs, journal, faults, plans, revocations, webhooks and configuration (credit included) back to the
    /// start-up state. Webhook deliveries still in flight are abandoned and never journalled.
    /// </summary>
    public void Reset()
    {
        Faults.Clear();
        _plans.Clear();
        Jobs.Clear();
        Webhooks.Reset();
        WebhookLog.Clear();
        Journal.Clear();
        Tokens.ForgetRevocations();
        _config.Replace(Options.ToConfig());
    }
}
