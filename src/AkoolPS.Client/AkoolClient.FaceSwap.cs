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

/// <summary>Face detection, Face Swap Plus and character swap.</summary>
public sealed partial class AkoolClient
{
    /// <summary>The detection service's message when an image has no face (its <c>error_code</c> 1).</summary>
    private const string NoFacesMessage = "No faces detected";

    private static readonly JobFields CreatedSwap = new() { Status = "status", Result = "video_url" };

    /// <summary>
    /// The faces in an image or in some frames of a video (Akool's face detection; answers at once, costs
    /// nothing), each with its cropped face image and its box. None when Akool finds no face.
    /// </summary>
    /// <param name="url">The image or video.</param>
    /// <param name="frames">For a video: how many frames to look at (1 to 100; Akool's default 5).</param>
    /// <param name="cancellationToken">Stops the call.</param>
    public async Task<IReadOnlyList<DetectedFace>> FindFacesAsync(Uri url, int? frames, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        RequestChecks.Url(url, "Url", "the image or video");
        if (frames is < 1 or > 100)
        {
            throw new AkoolValidationException("InvalidFrames", $"Face detection looks at 1 to 100 frames of a video, not {frames}.", frames);
        }

        var body = new FaceDetectionBodyDto { Url = url.AbsoluteUri, NumFrames = frames, ReturnFaceUrl = true };
        try
        {
            return await connection.SendAsync(
                ApiCall.PostRead("interface/detect-api/detect_faces", JsonSerializer.SerializeToUtf8Bytes(body, SwapJsonContext.Default.FaceDetectionBodyDto)),
                root => SwapReaders.Faces(root, url),
                cancellationToken).ConfigureAwait(false);
        }
        catch (AkoolApiException ex) when (ex.Code == 1 && ex.AkoolMessage?.Trim().Equals(NoFacesMessage, StringComparison.OrdinalIgnoreCase) == true)
        {
            return Array.Empty<DetectedFace>();
        }
    }

    /// <summary>Creates a Face Swap Plus job on an image or a video (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateFaceSwapAsync(FaceSwapRequest request, CancellationToken cancellationToken)
    {
        SwapChecks.Check(request);
        var single = request.Map.Count == 0;
        var body = new FaceSwapBodyDto
        {
            SourceUrl = (request.FaceUrl ?? request.Map[0].Source!.Url).AbsoluteUri,
            TargetUrl = request.TargetUrl.AbsoluteUri,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
            ModelStyle = request.Style,
            SingleFaceMode = single,
            FaceMapping = single ? null : request.Map.Select(pair => new FaceMappingDto { Source = Info(pair.Source!), Target = Info(pair.Target!) }).ToList(),
        };
        return CreateSwapAsync(
            "api/open/v4/faceswap/faceswapPlusByImage",
            JsonSerializer.SerializeToUtf8Bytes(body, SwapJsonContext.Default.FaceSwapBodyDto),
            AkoolVideoKind.FaceSwap,
            new VideoJob { SourceUrl = request.TargetUrl, WebhookUrl = request.WebhookUrl },
            cancellationToken);

        static FaceInfoDto Info(SwapFace face) => new() { FaceUrl = face.Url.AbsoluteUri, Bbox = face.Box?.ToArray() };
    }

    /// <summary>Creates a character swap (spends credits; never sent twice by accident). A model is checked against Akool's list first.</summary>
    public async Task<VideoJob> CreateCharacterSwapAsync(CharacterSwapRequest request, CancellationToken cancellationToken)
    {
        SwapChecks.Check(request);
        // A model is checked against Akool's list (the catalogue Get-AkoolModel reads, fetched once per client) and sent
        // under the name Akool lists.
        var model = request.Model is { } name ? (await FindModelAsync(AkoolVideoKind.CharacterSwap, name, cancellationToken).ConfigureAwait(false)).Name : null;

        var body = new CharacterSwapBodyDto
        {
            Image = request.ImageUrl.AbsoluteUri,
            Video = request.VideoUrl.AbsoluteUri,
            Duration = request.DurationSeconds,
            Resolution = request.Resolution,
            Mode = request.Mode?.ToLowerInvariant(),
            Prompt = string.IsNullOrEmpty(request.Prompt) ? null : request.Prompt,
            ModelName = model,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
        return await CreateSwapAsync(
            "api/open/v4/characterSwap/create",
            JsonSerializer.SerializeToUtf8Bytes(body, SwapJsonContext.Default.CharacterSwapBodyDto),
            AkoolVideoKind.CharacterSwap,
            new VideoJob { SourceUrl = request.VideoUrl, WebhookUrl = request.WebhookUrl },
            cancellationToken).ConfigureAwait(false);
    }

    private Task<VideoJob> CreateSwapAsync(string path, byte[] body, AkoolVideoKind kind, VideoJob fromRequest, CancellationToken cancellationToken) =>
        CreateAsync(
            path,
            body,
            data =>
            {
                // The face swap answer is only {_id, job_id}; a job just made is queued.
                var job = CreatedSwap.Read(data, kind);
                return job.Status == AkoolVideoStatus.Unknown ? job with { Status = AkoolVideoStatus.Queued } : job;
            },
            fromRequest,
            cancellationToken);
}
