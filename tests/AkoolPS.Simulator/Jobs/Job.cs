namespace AkoolPS.Simulator;

/// <summary>
/// One job of any kind. Identity and request details never change; the timeline is swapped under a
/// lock by admin changes and read under it by everyone else, so readers on many threads agree.
/// </summary>
internal sealed class Job(
    long sequence,
    string id,
    string videoId,
    JobDetails details,
    string webhookUrl,
    string origin,
    long resultSizeBytes,
    JobTimeline timeline)
{
    private readonly Lock _gate = new();
    private JobTimeline _timeline = timeline;

    /// <summary>Creation order within this simulator, for listings (ids alone can tie within a second).</summary>
    public long Sequence { get; } = sequence;

    public string Id { get; } = id;

    /// <summary>The second id of the documented records (<c>video_id</c>, also <c>task_id</c>).</summary>
    public string VideoId { get; } = videoId;

    public JobKind Kind => Details.Kind;

    public JobDetails Details { get; } = details;

    /// <summary>Empty when none was given; webhook delivery works the same for every kind.</summary>
    public string WebhookUrl { get; } = webhookUrl;

    /// <summary>
    /// Scheme, host and path base the create call came in on (<c>http://127.0.0.1:41234</c>): result URLs use it,
    /// including those a webhook sends from the background, where there is no request to read it from.
    /// </summary>
    public string Origin { get; } = origin;

    /// <summary>Fixed at creation: a later config change must not change the bytes of a finished download.</summary>
    public long ResultSizeBytes { get; } = resultSizeBytes;

    public long CreatedAt { get; } = timeline.CreatedAt;

    public JobSnapshot Evaluate(long now)
    {
        lock (_gate)
        {
            return _timeline.Evaluate(now);
        }
    }

    /// <summary>Applies an admin change to a job still running; false (and no change) once it finished.</summary>
    public bool TryChange(long now, Func<JobTimeline, JobTimeline> change)
    {
        lock (_gate)
        {
            if (_timeline.Evaluate(now).IsFinished)
            {
                return false;
            }

            _timeline = change(_timeline);
            return true;
        }
    }

    public JobInfo Describe(long now)
    {
        lock (_gate)
        {
            var snapshot = _timeline.Evaluate(now);
            return new JobInfo(Id, Kind, Details.Language, snapshot.Status, snapshot.Progress, CreatedAt, _timeline.DurationMs, Details.Source);
        }
    }
}
