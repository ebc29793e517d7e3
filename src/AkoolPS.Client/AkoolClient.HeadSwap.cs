using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

/// <summary>Head swap: Akool's head analysis of a video, then the swap of the heads it found.</summary>
public sealed partial class AkoolClient
{
    /// <summary>Completed head analyses of this client, by video URL (Akool has no list of them).</summary>
    private readonly ConcurrentDictionary<string, HeadAnalysis> headAnalyses = new(StringComparer.Ordinal);

    /// <summary>Submits Akool's head analysis of a video (the step before a head swap).</summary>
    public Task<HeadAnalysis> StartHeadAnalysisAsync(Uri videoUrl, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        RequestChecks.Url(videoUrl, "VideoUrl", "the video");
        var body = new HeadAnalysisBodyDto { VideoUrl = videoUrl.AbsoluteUri };
        return connection.SendAsync(
            ApiCall.Create("api/open/v4/headswap/analyze", JsonSerializer.SerializeToUtf8Bytes(body, SwapJsonContext.Default.HeadAnalysisBodyDto)),
            root => Remember(SwapReaders.Analysis(Data(root), videoUrl)),
            cancellationToken);
    }

    /// <summary>The current state of a head analysis.</summary>
    public Task<HeadAnalysis> GetHeadAnalysisAsync(string id, Uri videoUrl, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return connection.SendAsync(
            ApiCall.Get("api/open/v4/headswap/analyze/detail", "_id=" + Uri.EscapeDataString(id)),
            root => Remember(SwapReaders.Analysis(Data(root), videoUrl)),
            cancellationToken);
    }

    /// <summary>
    /// Analyses a video's heads and waits until Akool has finished (or failed), checking every
    /// <paramref name="interval"/>. A video this client has analysed already is not analysed again.
    /// </summary>
    /// <exception cref="AkoolHeadAnalysisException">The analysis failed, or was still running after <paramref name="timeout"/>.</exception>
    public async Task<HeadAnalysis> AnalyzeHeadsAsync(Uri videoUrl, TimeSpan timeout, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (headAnalyses.TryGetValue(videoUrl.AbsoluteUri, out var known))
        {
            return known;
        }

        var deadline = DateTimeOffset.UtcNow + timeout;
        var analysis = await StartHeadAnalysisAsync(videoUrl, cancellationToken).ConfigureAwait(false);
        while (!analysis.IsFinished)
        {
            if (DateTimeOffset.UtcNow + interval > deadline)
            {
                throw new AkoolHeadAnalysisException(
                    $"Akool's head analysis {analysis.Id} of {videoUrl} was still running after {timeout.TotalSeconds:0.#} s; allow more time, or try again later.",
                    analysis.Id,
                    timedOut: true);
            }

            await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
            analysis = await GetHeadAnalysisAsync(analysis.Id, videoUrl, cancellationToken).ConfigureAwait(false);
        }

        if (analysis.Status != AkoolVideoStatus.Completed)
        {
            throw new AkoolHeadAnalysisException(
                $"Akool's head analysis {analysis.Id} of {videoUrl} failed" +
                (analysis.ErrorReason is null ? "" : ": " + analysis.ErrorReason) + ". Check that the video is 3 to 20 seconds long and shows people, then try again.",
                analysis.Id,
                timedOut: false,
                analysis.ErrorCode);
        }

        return analysis;
    }

    /// <summary>The completed analysis of a video made by this client, or null.</summary>
    public HeadAnalysis? KnownHeadAnalysis(Uri videoUrl) => headAnalyses.TryGetValue(videoUrl.AbsoluteUri, out var known) ? known : null;

    /// <summary>
    /// Creates a head swap (spends credits; never sent twice by accident). The video must have a completed
    /// analysis with the identical URL; heads that analysis did not find are refused before the request.
    /// </summary>
    public Task<VideoJob> CreateHeadSwapAsync(HeadSwapRequest request, CancellationToken cancellationToken)
    {
        SwapChecks.Check(request);
        if (KnownHeadAnalysis(request.VideoUrl) is { } analysis)
        {
            var unknown = request.Swaps.Select(s => (int?)s.Key).FirstOrDefault(id => analysis.Heads.All(h => h.ObjectId != id));
            if (unknown is not null)
            {
                throw new AkoolValidationException(
                    "UnknownHead",
                    $"The analysis of {request.VideoUrl} found heads {string.Join(", ", analysis.Heads.Select(h => h.ObjectId))}; there is no head {unknown}.",
                    unknown);
            }
        }

        var body = new HeadSwapBodyDto
        {
            VideoUrl = request.VideoUrl.AbsoluteUri,
            Mappings = request.Swaps.Select(s => new HeadMappingDto { ObjId = s.Key, ImgUrl = s.Value.AbsoluteUri }).ToList(),
            ModelName = request.Model,
            Resolution = request.Resolution,
            KeepOriginalSound = request.KeepOriginalSound,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
        return CreateSwapAsync(
            "api/open/v4/headswap/task/create",
            JsonSerializer.SerializeToUtf8Bytes(body, SwapJsonContext.Default.HeadSwapBodyDto),
            AkoolVideoKind.HeadSwap,
            new VideoJob { SourceUrl = request.VideoUrl, WebhookUrl = request.WebhookUrl },
            cancellationToken);
    }

    private HeadAnalysis Remember(HeadAnalysis analysis)
    {
        if (analysis.Status == AkoolVideoStatus.Completed)
        {
            headAnalyses[analysis.VideoUrl.AbsoluteUri] = analysis;
        }

        return analysis;
    }
}
