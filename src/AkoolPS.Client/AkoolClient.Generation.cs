using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Generation;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    private const string ModelsPath = "api/open/v4/aigModel/list";
    private const string ImageBatchPath = "api/open/v4/image2Video/createBySourcePrompt/batch";
    private const string TextBatchPath = "api/open/v4/text2Video/createByPrompt/batch";

    private volatile IReadOnlyList<AiModelInfo>? models;
    private volatile IReadOnlyList<EffectInfo>? effects;

    /// <summary>The model list from the last time it was fetched, or null.</summary>
    public IReadOnlyList<AiModelInfo>? CachedModels => models;

    /// <summary>The effect list from the last time it was fetched, or null.</summary>
    public IReadOnlyList<EffectInfo>? CachedEffects => effects;

    /// <summary>Every AI model (image to video, text to video, character swap); fetched once per client unless <paramref name="refresh"/>.</summary>
    public async Task<IReadOnlyList<AiModelInfo>> GetModelsAsync(bool refresh, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (!refresh && models is { } cached)
        {
            return cached;
        }

        var query = string.Join("&", GenerationJson.ModelTypes.Values.Select(type => "types[]=" + type.ToString(CultureInfo.InvariantCulture)));
        var list = await connection.SendAsync(ApiCall.Get(ModelsPath, query), GenerationJson.ReadModels, cancellationToken).ConfigureAwait(false);
        models = list;
        return list;
    }

    /// <summary>The model of <paramref name="kind"/> named <paramref name="name"/>; an unknown name is refused with the names there are.</summary>
    /// <exception cref="AkoolValidationException">No such model for that kind.</exception>
    public async Task<AiModelInfo> FindModelAsync(AkoolVideoKind kind, string name, CancellationToken cancellationToken)
    {
        var all = await GetModelsAsync(false, cancellationToken).ConfigureAwait(false);
        var ofKind = all.Where(m => m.Kind == kind).ToList();
        return ofKind.FirstOrDefault(m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new AkoolValidationException(
                "UnknownModel",
                ofKind.Count == 0
                    ? $"Akool lists no {kind} models."
                    : $"'{name}' is not one of Akool's {kind} models: {string.Join(", ", ofKind.Select(m => m.Name))}.",
                name);
    }

    /// <summary>The image-to-video effects; fetched once per client unless <paramref name="refresh"/>.</summary>
    public async Task<IReadOnlyList<EffectInfo>> GetEffectsAsync(bool refresh, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (!refresh && effects is { } cached)
        {
            return cached;
        }

        var list = await connection.SendAsync(
            ApiCall.Get("api/open/v4/image2Video/effects"), root => GenerationJson.ReadEffects(Data(root)), cancellationToken).ConfigureAwait(false);
        effects = list;
        return list;
    }

    /// <summary>
    /// The credits a call with this model is estimated to spend (see <see cref="CreditEstimate"/>), or null
    /// when the model list gives no price for it. For comparing with the <c>deduction_credit</c> Akool reports.
    /// </summary>
    public async Task<double?> EstimateCreditsAsync(AkoolVideoKind kind, string modelName, string? resolution, int? lengthSeconds, int count, CancellationToken cancellationToken)
    {
        var model = await FindModelAsync(kind, modelName, cancellationToken).ConfigureAwait(false);
        return CreditEstimate.Of(new ModelVideoRequest { Kind = kind, Model = model, Resolution = resolution, LengthSeconds = lengthSeconds, Count = count });
    }

    /// <summary>
    /// Creates videos with a model (image or text to video, one batch call; it spends credits and is never
    /// sent twice by accident). The request is checked against the model first, and a call whose estimate is
    /// more than the account's credit is refused before it is sent. Each video is its own job; each entry
    /// Akool refused is an outcome with its error.
    /// </summary>
    /// <exception cref="AkoolValidationException">The request does not fit the model, or the credit is short.</exception>
    public async Task<IReadOnlyList<CreateOutcome>> CreateModelVideosAsync(ModelVideoRequest request, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        GenerationChecks.Check(request);
        if (CreditEstimate.Of(request) is double estimate)
        {
            var credit = (await GetCreditAsync(cancellationToken).ConfigureAwait(false)).Credit;
            if (estimate > credit)
            {
                throw new AkoolValidationException(
                    "InsufficientCredit",
                    $"This call is estimated to spend {CreditEstimate.Format(estimate)} credits and the account has {credit.ToString(CultureInfo.InvariantCulture)}: nothing was sent. Top up, or ask for fewer, shorter or smaller videos.",
                    estimate);
            }
        }

        var path = request.Kind == AkoolVideoKind.TextToVideo ? TextBatchPath : ImageBatchPath;
        var fromRequest = new VideoJob { SourceUrl = request.ImageUrl, WebhookUrl = request.WebhookUrl };
        return await connection.SendAsync(
            ApiCall.Create(path, GenerationJson.BatchBody(request)),
            root => BatchAnswer.Read(Data(root), request, fromRequest, "/" + path),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates an image from a prompt (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateImageAsync(ImageRequest request, CancellationToken cancellationToken)
    {
        GenerationChecks.Check(request);
        var body = GenerationJson.Body(w =>
        {
            w.WriteString("prompt", request.Prompt);
            GenerationJson.Optional(w, "scale", request.AspectRatio);
            GenerationJson.Optional(w, "source_image", request.SourceImageUrl?.AbsoluteUri);
            GenerationJson.Optional(w, "webhookUrl", request.WebhookUrl?.AbsoluteUri);
        });
        return CreateAsync("api/open/v3/content/image/createbyprompt", body, ImageJobs.Read, new VideoJob { SourceUrl = request.SourceImageUrl, WebhookUrl = request.WebhookUrl }, cancellationToken);
    }

    /// <summary>Upscales (U1-U4) or makes variations (V1-V4) of a finished image (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateImageByButtonAsync(ImageButtonRequest request, CancellationToken cancellationToken)
    {
        GenerationChecks.Check(request);
        var body = GenerationJson.Body(w =>
        {
            w.WriteString("_id", request.ImageId.Trim());
            w.WriteString("button", request.Button.ToUpperInvariant());
            GenerationJson.Optional(w, "webhookUrl", request.WebhookUrl?.AbsoluteUri);
        });
        return CreateAsync("api/open/v3/content/image/createbybutton", body, ImageJobs.Read, new VideoJob { WebhookUrl = request.WebhookUrl }, cancellationToken);
    }

    /// <summary>
    /// Deletes the results of these jobs at Akool (one call per delete call of the kinds, 50 ids a call; never
    /// sent twice by accident). Each job's outcome says whether Akool deleted it, or why not.
    /// </summary>
    /// <exception cref="AkoolValidationException">A kind Akool cannot delete (nothing is sent).</exception>
    public async Task<IReadOnlyList<DeleteOutcome>> DeleteResultsAsync(IReadOnlyList<VideoJobRef> jobs, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        foreach (var job in jobs)
        {
            if (!ResultDeletes.CanDelete(job.Kind))
            {
                throw CannotDelete(job.Kind);
            }
        }

        var outcomes = new List<DeleteOutcome>();
        foreach (var group in jobs.GroupBy(job => ResultDeletes.For(job.Kind)!.Path))
        {
            var call = ResultDeletes.For(group.First().Kind)!;
            var kinds = new Dictionary<string, AkoolVideoKind>(StringComparer.Ordinal);
            foreach (var job in group)
            {
                kinds[job.Id.Trim()] = job.Kind;
            }

            var ids = kinds.Keys.ToList();
            for (var start = 0; start < ids.Count; start += Jobs.Trackers.IdsPerBatch)
            {
                var chunk = ids.Skip(start).Take(Jobs.Trackers.IdsPerBatch).ToList();
                var body = GenerationJson.Body(w => w.WriteString("_ids", string.Join(",", chunk)));
                var answer = await ThrottledAsync(
                    () => connection.SendAsync(ApiCall.Create(call.Path, body), root => call.Read(root, chunk), cancellationToken),
                    cancellationToken).ConfigureAwait(false);
                outcomes.AddRange(chunk.Select(id => new DeleteOutcome { Id = id, Kind = kinds[id], Deleted = answer[id] is null, Reason = answer[id] }));
            }
        }

        return outcomes;
    }

    /// <summary>The refusal for a kind Akool cannot delete, naming the kinds it can.</summary>
    public static AkoolValidationException CannotDelete(AkoolVideoKind kind) => new(
        "CannotDelete",
        $"Akool offers no way to delete {kind} results; it can delete {string.Join(", ", ResultDeletes.Kinds)} results. Akool removes every result itself 7 days after it was made.",
        kind);
}
