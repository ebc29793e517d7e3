using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Http;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Jobs;

/// <summary>
/// How one of Akool's status calls reads jobs. A round of reads hands each tracker the jobs it
/// tracks; the tracker says which requests to make (one per id, or one per batch of ids), and each
/// request fills in the results of its own jobs, a job or an error each. Requests run concurrently,
/// within the client's bound.
/// </summary>
internal abstract class JobTracker
{
    protected JobTracker(string name) => Name = name;

    /// <summary>The status call, for log lines and errors ("GET /api/open/v3/content/video/infobymodelid").</summary>
    public string Name { get; }

    /// <summary>
    /// True when the call lists jobs and its listing can lag behind a create (Akool's batch reads): an id it
    /// leaves out right after its create is not yet known to be gone. A call that answers for one id is taken at its word.
    /// </summary>
    public virtual bool ListingLags => false;

    /// <summary>The requests that read the jobs at <paramref name="indexes"/> of <paramref name="round"/>.</summary>
    public abstract IEnumerable<Func<Task>> Requests(TrackRound round, IReadOnlyList<int> indexes);

    /// <summary>The <c>data</c> object of an answer.</summary>
    protected static JsonElement Data(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : throw new JsonException("The answer has no data object.");

    /// <summary>A job the status call does not know, in Akool's own words for it.</summary>
    protected static AkoolApiException NotFound(string path) => new(1008, "The content you get does not exist", path, 200);
}

/// <summary>
/// What one round of reads works on: the jobs asked for, where their results go, and the connection. A
/// result is final when it is set: a job that a lagging listing leaves out within <see cref="AkoolClient.ListingGrace"/>
/// of its create reads as queued, and each result is handed to <see cref="TrackRound(AkoolConnection, IReadOnlyList{VideoJobRef}, DateTimeOffset, Action{int, VideoJobResult}?, CancellationToken)"/>'s
/// listener the moment its answer is read, so that a caller need not wait for the whole round.
/// </summary>
internal sealed class TrackRound
{
    private readonly DateTimeOffset now;
    private readonly Action<int, VideoJobResult>? listener;

    public TrackRound(AkoolConnection connection, IReadOnlyList<VideoJobRef> jobs, DateTimeOffset now, Action<int, VideoJobResult>? listener, CancellationToken cancellationToken)
    {
        Connection = connection;
        Jobs = jobs;
        Results = new VideoJobResult[jobs.Count];
        this.now = now;
        this.listener = listener;
        CancellationToken = cancellationToken;
    }

    public AkoolConnection Connection { get; }

    public IReadOnlyList<VideoJobRef> Jobs { get; }

    public VideoJobResult[] Results { get; }

    public CancellationToken CancellationToken { get; }

    public void Succeed(int index, VideoJob job) => Set(index, new VideoJobResult(Jobs[index], job, null));

    /// <summary>
    /// A job that could not be read. When <paramref name="listingLags"/> and the call says it does not know a job
    /// created less than <see cref="AkoolClient.ListingGrace"/> ago, the job is not yet listed rather than gone: it reads as queued.
    /// </summary>
    public void Fail(int index, AkoolException error, bool listingLags = false)
    {
        var job = Jobs[index];
        if (listingLags && error.Kind == AkoolFailureKind.NotFound && job.CreatedAt is DateTimeOffset created && now - created < AkoolClient.ListingGrace)
        {
            Succeed(index, new VideoJob { Id = job.Id, Kind = job.Kind, Status = AkoolVideoStatus.Queued, CreatedAt = created });
            return;
        }

        Set(index, new VideoJobResult(job, null, error));
    }

    private void Set(int index, VideoJobResult result)
    {
        Results[index] = result;
        listener?.Invoke(index, result);
    }
}

/// <summary>A status call that reads one job per request (infobymodelid, the VoiceLab details...).</summary>
internal sealed class SingleJobTracker : JobTracker
{
    private readonly Func<string, ApiCall> call;
    private readonly JobReader read;

    public SingleJobTracker(string name, Func<string, ApiCall> call, JobReader read)
        : base(name)
    {
        this.call = call;
        this.read = read;
    }

    public override IEnumerable<Func<Task>> Requests(TrackRound round, IReadOnlyList<int> indexes)
    {
        foreach (var index in indexes)
        {
            yield return async () =>
            {
                var job = round.Jobs[index];
                try
                {
                    var found = await round.Connection.SendAsync(call(job.Id), root => read(Data(root), job.Kind), round.CancellationToken).ConfigureAwait(false);
                    round.Succeed(index, found);
                }
                catch (AkoolException ex)
                {
                    round.Fail(index, ex);
                }
            };
        }
    }
}

/// <summary>
/// A status call that reads many jobs per request (resultsByIds, faceswap listbyids). An id the answer
/// does not list is reported as not found; a failed request fails each job of its batch.
/// </summary>
internal sealed class BatchJobTracker : JobTracker
{
    private readonly int batchSize;
    private readonly Func<string, ApiCall> call;
    private readonly Func<JsonElement, IEnumerable<JsonElement>> items;
    private readonly JobReader read;

    /// <inheritdoc />
    public override bool ListingLags => true;

    public BatchJobTracker(string name, int batchSize, Func<string, ApiCall> call, Func<JsonElement, IEnumerable<JsonElement>> items, JobReader read)
        : base(name)
    {
        this.batchSize = batchSize;
        this.call = call;
        this.items = items;
        this.read = read;
    }

    /// <summary>The items of the array <paramref name="name"/> in the data object (<c>result</c>, say); none when it is absent.</summary>
    public static Func<JsonElement, IEnumerable<JsonElement>> ArrayOf(string name) => data =>
        data.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : Array.Empty<JsonElement>();

    public override IEnumerable<Func<Task>> Requests(TrackRound round, IReadOnlyList<int> indexes)
    {
        for (var start = 0; start < indexes.Count; start += batchSize)
        {
            var batch = new List<int>();
            for (var i = start; i < indexes.Count && i < start + batchSize; i++)
            {
                batch.Add(indexes[i]);
            }

            yield return () => ReadBatchAsync(round, batch);
        }
    }

    private async Task ReadBatchAsync(TrackRound round, List<int> batch)
    {
        var ids = new List<string>(batch.Count);
        batch.ForEach(i => ids.Add(round.Jobs[i].Id));
        var request = call(string.Join(",", ids));
        try
        {
            var found = await round.Connection.SendAsync(request, root => ReadAll(Data(root), round, batch), round.CancellationToken).ConfigureAwait(false);
            foreach (var index in batch)
            {
                if (found.TryGetValue(round.Jobs[index].Id, out var job))
                {
                    round.Succeed(index, job);
                }
                else
                {
                    round.Fail(index, NotFound("/" + request.Path), ListingLags);
                }
            }
        }
        catch (AkoolException ex)
        {
            batch.ForEach(index => round.Fail(index, ex, ListingLags));
        }
    }

    private Dictionary<string, VideoJob> ReadAll(JsonElement data, TrackRound round, List<int> batch)
    {
        // One batch may hold jobs of several kinds that share this call (image and text to video).
        var kinds = new Dictionary<string, AkoolVideoKind>(StringComparer.Ordinal);
        batch.ForEach(i => kinds[round.Jobs[i].Id] = round.Jobs[i].Kind);
        var found = new Dictionary<string, VideoJob>(StringComparer.Ordinal);
        foreach (var item in items(data))
        {
            VideoJob job;
            try
            {
                job = read(item, round.Jobs[batch[0]].Kind);
            }
            catch (JsonException)
            {
                // One malformed entry does not hide the others; a job it was meant to describe reads as not found.
                continue;
            }

            if (kinds.TryGetValue(job.Id, out var kind))
            {
                found[job.Id] = job with { Kind = kind };
            }
        }

        return found;
    }
}
