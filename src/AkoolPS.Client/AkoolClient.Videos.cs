using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Http;
using AkoolPS.Client.Jobs;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>
    /// How long after its create a job that a status call does not list yet is taken as still queued:
    /// Akool's batch reads lag behind its creates.
    /// </summary>
    public static readonly TimeSpan ListingGrace = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Creates a translation job for every target language (one call; it spends credits and is
    /// never sent twice by accident). Validate the request first with <see cref="TranslationPreflight"/>.
    /// </summary>
    public Task<IReadOnlyList<CreateOutcome>> CreateTranslationAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        TranslationPreflight.CheckShape(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(TranslationBody.From(request), AkoolJsonContext.Default.TranslationBodyDto);
        return connection.SendAsync<IReadOnlyList<CreateOutcome>>(
            ApiCall.Create("api/open/v3/content/video/createbytranslate", body),
            root => TranslationBody.ReadOutcomes(root, request)
                .Select(outcome => outcome.Job is { } job ? new CreateOutcome { Label = outcome.Label, Job = Stamp(job) } : outcome)
                .ToList(),
            cancellationToken);
    }

    /// <summary>
    /// The current state of many jobs of any kinds, fetched concurrently (at most
    /// <see cref="AkoolClientOptions.MaxConcurrency"/> requests at once; kinds whose status call takes many
    /// ids are read in batches). One job's failure does not stop the others: each result carries its job
    /// or its error, in the order asked. A job created less than <see cref="ListingGrace"/> ago that a
    /// listing status call (resultsByIds, listbyids) does not list yet reads as still queued.
    /// </summary>
    public Task<IReadOnlyList<VideoJobResult>> GetVideosAsync(IReadOnlyList<VideoJobRef> jobs, CancellationToken cancellationToken) =>
        GetVideosAsync(jobs, null, cancellationToken);

    /// <summary>
    /// As <see cref="GetVideosAsync(IReadOnlyList{VideoJobRef}, CancellationToken)"/>, and hands each result to
    /// <paramref name="onResult"/> (with its index in <paramref name="jobs"/>) the moment its answer is read, from
    /// whichever thread read it, so that a caller can act on the first answers while the rest are in flight.
    /// </summary>
    public async Task<IReadOnlyList<VideoJobResult>> GetVideosAsync(IReadOnlyList<VideoJobRef> jobs, Action<int, VideoJobResult>? onResult, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var round = new TrackRound(connection, jobs, Options.Clock(), onResult, cancellationToken);
        var requests = new List<Func<Task>>();
        foreach (var group in Enumerable.Range(0, jobs.Count).GroupBy(i => JobKinds.IsKnown(jobs[i].Kind) ? JobKinds.Of(jobs[i].Kind).Tracker : null))
        {
            if (group.Key is null)
            {
                foreach (var index in group)
                {
                    round.Fail(index, new AkoolUnsupportedKindException(jobs[index].Kind));
                }

                continue;
            }

            requests.AddRange(group.Key.Requests(round, group.ToList()));
        }

        await Task.WhenAll(requests.Select(request => ThrottledAsync(async () => { await request().ConfigureAwait(false); return true; }, cancellationToken))).ConfigureAwait(false);
        return round.Results;
    }

    /// <summary>
    /// Finds the kind of a job known only by its id: each status call is asked in a fixed order, and the
    /// kind is the one whose call knows the id. A status call that several kinds share (v3 infobymodelid)
    /// cannot tell them apart, so its answer names those kinds and no kind is guessed.
    /// </summary>
    /// <returns>The job, with its kind, when exactly one kind fits.</returns>
    /// <exception cref="AkoolKindNotFoundException">No status call knows the id, or more than one kind fits.</exception>
    public async Task<VideoJob> FindJobAsync(string id, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var fits = new List<AkoolVideoKind>();
        VideoJob? found = null;
        foreach (var tracker in JobKinds.ByTracker())
        {
            var kinds = tracker.ToList();
            var result = (await GetVideosAsync(new[] { new VideoJobRef(id, kinds[0]) }, cancellationToken).ConfigureAwait(false))[0];
            if (result.Job is { } job)
            {
                fits.AddRange(kinds);
                found ??= job;
            }
            else if (result.Error!.Kind != AkoolFailureKind.NotFound)
            {
                throw result.Error;
            }
        }

        return fits.Count == 1 ? found! : throw new AkoolKindNotFoundException(id, fits);
    }
}
