using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>Creates a talking photo (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateTalkingPhotoAsync(TalkingPhotoRequest request, CancellationToken cancellationToken)
    {
        RequestChecks.Check(request);
        var body = new TalkingPhotoBodyDto
        {
            TalkingPhotoUrl = request.PhotoUrl.AbsoluteUri,
            AudioUrl = request.AudioUrl.AbsoluteUri,
            Prompt = request.Prompt,
            Resolution = request.Resolution,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
        return CreateAsync(
            "api/open/v3/content/video/createbytalkingphoto",
            JsonSerializer.SerializeToUtf8Bytes(body, AkoolJsonContext.Default.TalkingPhotoBodyDto),
            data => ModelMapper.ToVideoJob(data, AkoolVideoKind.TalkingPhoto),
            new VideoJob { SourceUrl = request.PhotoUrl, WebhookUrl = request.WebhookUrl },
            cancellationToken);
    }

    /// <summary>Creates a lip sync (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateLipSyncAsync(LipSyncRequest request, CancellationToken cancellationToken)
    {
        RequestChecks.Check(request);
        var body = new LipSyncBodyDto
        {
            VideoUrl = request.VideoUrl.AbsoluteUri,
            AudioUrl = request.AudioUrl.AbsoluteUri,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
        return CreateAsync(
            "api/open/v3/content/video/lipsync",
            JsonSerializer.SerializeToUtf8Bytes(body, AkoolJsonContext.Default.LipSyncBodyDto),
            data => ModelMapper.ToVideoJob(data, AkoolVideoKind.LipSync),
            new VideoJob { SourceUrl = request.VideoUrl, WebhookUrl = request.WebhookUrl },
            cancellationToken);
    }

    /// <summary>
    /// Creates an image-to-video job (spends credits; never sent twice by accident). <c>prompt</c> is a
    /// required field that Akool ignores when an effect is given, so an effect without a prompt sends the
    /// effect code as the prompt: a required field is never sent empty.
    /// </summary>
    public Task<VideoJob> CreateImageToVideoAsync(ImageToVideoRequest request, CancellationToken cancellationToken)
    {
        RequestChecks.Check(request);
        var body = new ImageToVideoBodyDto
        {
            ImageUrl = request.ImageUrl.AbsoluteUri,
            Prompt = string.IsNullOrWhiteSpace(request.Prompt) ? request.EffectCode!.Trim() : request.Prompt,
            NegativePrompt = request.NegativePrompt,
            ExtendPrompt = request.ExtendPrompt,
            Resolution = request.Resolution,
            AudioType = (int)request.Audio,
            AudioUrl = request.AudioUrl?.AbsoluteUri,
            VideoLength = request.LengthSeconds,
            IsPremiumModel = request.PremiumModel,
            EffectCode = request.EffectCode,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
        return CreateAsync(
            "api/open/v4/image2Video/createBySourcePrompt",
            JsonSerializer.SerializeToUtf8Bytes(body, AkoolJsonContext.Default.ImageToVideoBodyDto),
            ModelMapper.ToImageVideoJob,
            new VideoJob { SourceUrl = request.ImageUrl, WebhookUrl = request.WebhookUrl },
            cancellationToken);
    }

    /// <summary>Adds sound to a completed image-to-video job: Akool makes it a new job (spends credits).</summary>
    public Task<VideoJob> AddVideoAudioAsync(AddVideoAudioRequest request, CancellationToken cancellationToken)
    {
        RequestChecks.Check(request);
        var body = new UpdateVideoAudioBodyDto
        {
            PreVideoId = request.SourceJobId.Trim(),
            AudioType = (int)request.Audio,
            AudioUrl = request.AudioUrl?.AbsoluteUri,
        };
        return CreateAsync(
            "api/open/v4/image2Video/updateVideoAudio",
            JsonSerializer.SerializeToUtf8Bytes(body, AkoolJsonContext.Default.UpdateVideoAudioBodyDto),
            ModelMapper.ToImageVideoJob,
            new VideoJob(),
            cancellationToken);
    }

    /// <summary>The account's remaining credit.</summary>
    public Task<CreditInfo> GetCreditAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return connection.SendAsync(
            ApiCall.Get("api/open/v3/faceswap/quota/info"),
            root =>
            {
                var data = Data(root);
                var dto = data.Deserialize(AkoolJsonContext.Default.CreditDto) ?? new CreditDto();
                return new CreditInfo
                {
                    Credit = dto.Credit ?? throw new JsonException("The answer has no credit."),
                    ApiFields = JsonPlain.ToDictionary(data),
                };
            },
            cancellationToken);
    }

    /// <summary>
    /// One create call: its data object becomes the job, laid over what the request already said.
    /// The source is the one the user gave (Akool answers with its own copy's address), so that
    /// saved files are named after it.
    /// </summary>
    private Task<VideoJob> CreateAsync(string path, byte[] body, Func<JsonElement, VideoJob> read, VideoJob fromRequest, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return connection.SendAsync(
            ApiCall.Create(path, body),
            root =>
            {
                var job = Stamp(read(Data(root)).Over(fromRequest));
                return fromRequest.SourceUrl is null ? job : job with { SourceUrl = fromRequest.SourceUrl };
            },
            cancellationToken);
    }

    /// <summary>A new job carries the time it was made, Akool's or else the client's, so that reads made at once can wait for Akool to list it.</summary>
    private VideoJob Stamp(VideoJob job) => job.CreatedAt is null ? job with { CreatedAt = Options.Clock() } : job;
}
