using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    private const string InfoPath = "api/open/v3/content/video/infobymodelid";
    private const string ImageResultsPath = "api/open/v4/image2Video/resultsByIds";
    private const int IdsPerResultsCall = 50;

    /// <summary>
    /// Creates a translation job for every target language (one call; it spends credits and is
    /// never sent twice by accident). Validate the request first with <see cref="TranslationPreflight"/>.
    /// </summary>
    public Task<IReadOnlyList<TranslationOutcome>> CreateTranslationAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        TranslationPreflight.CheckShape(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(TranslationBody.From(request), AkoolJsonContext.Default.TranslationBodyDto);
        return connection.SendAsync(
            ApiCall.Create("api/open/v3/content/video/createbytranslate", body),
            root => TranslationBody.ReadOutcomes(root, request),
            cancellationToken);
    }

    /// <summary>The current state of one job.</summary>
    public async Task<VideoJob> GetVideoAsync(string id, AkoolVideoKind kind, CancellationToken cancellationToken)
    {
        var result = (await GetVideosAsync(new[] { new VideoJobRef(id, kind) }, cancellationToken).ConfigureAwait(false))[0];
        return result.Job ?? throw result.Error!;
    }

    /// <summary>
    /// The current state of many jobs, fetched concurrently (at most <see cref="AkoolClientOptions.MaxConcurrency"/>
    /// requests at once; image-to-video jobs in batches, as resultsByIds takes them). One job's failure
    /// does not stop the others: each result carries its job or its error, in the order asked.
    /// </summary>
    public async Task<IReadOnlyList<VideoJobResult>> GetVideosAsync(IReadOnlyList<VideoJobRef> jobs, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var results = new VideoJobResult[jobs.Count];
        var work = new List<Task>();
        for (var i = 0; i < jobs.Count; i++)
        {
            if (jobs[i].Kind != AkoolVideoKind.ImageToVideo)
            {
                var index = i;
                work.Add(Capture(jobs[index], () => ThrottledAsync(() => GetV3Async(jobs[index], cancellationToken), cancellationToken), results, index));
            }
        }

        var images = Enumerable.Range(0, jobs.Count).Where(i => jobs[i].Kind == AkoolVideoKind.ImageToVideo).ToList();
        for (var start = 0; start < images.Count; start += IdsPerResultsCall)
        {
            var batch = images.Skip(start).Take(IdsPerResultsCall).ToList();
            work.Add(GetImageBatchAsync(jobs, batch, results, cancellationToken));
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        return results;
    }

    private Task<VideoJob> GetV3Async(VideoJobRef job, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiCall.Get(InfoPath, "video_model_id=" + Uri.EscapeDataString(job.Id)),
            root => ModelMapper.ToVideoJob(Data(root), job.Kind),
            cancellationToken);

    private async Task GetImageBatchAsync(IReadOnlyList<VideoJobRef> jobs, List<int> batch, VideoJobResult[] results, CancellationToken cancellationToken)
    {
        var ids = string.Join(",", batch.Select(i => jobs[i].Id));
        var body = JsonSerializer.SerializeToUtf8Bytes(new IdListDto { Ids = ids }, AkoolJsonContext.Default.IdListDto);
        try
        {
            var found = await ThrottledAsync(
                () => connection.SendAsync(ApiCall.PostRead(ImageResultsPath, body), ReadImageResults, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            foreach (var i in batch)
            {
                results[i] = found.TryGetValue(jobs[i].Id, out var job)
                    ? new VideoJobResult(jobs[i], job, null)
                    : new VideoJobResult(jobs[i], null, new AkoolApiException(1008, "The content you get does not exist", "/" + ImageResultsPath, 200));
            }
        }
        catch (AkoolException ex)
        {
            foreach (var i in batch)
            {
                results[i] = new VideoJobResult(jobs[i], null, ex);
            }
        }
    }

    private static Dictionary<string, VideoJob> ReadImageResults(JsonElement root)
    {
        var found = new Dictionary<string, VideoJob>(StringComparer.Ordinal);
        if (Data(root).TryGetProperty("result", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                var job = ModelMapper.ToImageVideoJob(item);
                found[job.Id] = job;
            }
        }

        return found;
    }

    private static async Task Capture(VideoJobRef job, Func<Task<VideoJob>> fetch, VideoJobResult[] results, int index)
    {
        try
        {
            results[index] = new VideoJobResult(job, await fetch().ConfigureAwait(false), null);
        }
        catch (AkoolException ex)
        {
            results[index] = new VideoJobResult(job, null, ex);
        }
    }
}
