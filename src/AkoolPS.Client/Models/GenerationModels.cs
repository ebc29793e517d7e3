using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>One of Akool's AI models (the model list), with what it accepts and what it costs.</summary>
public sealed class AiModelInfo
{
    /// <summary>The name to send as <c>model_name</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>What the model makes: ImageToVideo, TextToVideo or CharacterSwap.</summary>
    public AkoolVideoKind Kind { get; init; }

    /// <summary>The display name.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Who made the model (akool, seedance, minimax...).</summary>
    public string? Provider { get; init; }

    /// <summary>What the model is good at.</summary>
    public string? Description { get; init; }

    /// <summary>The resolutions it makes, each with its price per second when Akool says.</summary>
    public IReadOnlyList<ModelResolution> Resolutions { get; init; } = Array.Empty<ModelResolution>();

    /// <summary>The lengths it makes, in seconds.</summary>
    public IReadOnlyList<int> Lengths { get; init; } = Array.Empty<int>();

    /// <summary>The most videos one call makes; null when Akool does not say (then 10, the API's limit).</summary>
    public int? MaxCount { get; init; }

    /// <summary>It takes a last frame.</summary>
    public bool SupportsLastFrame { get; init; }

    /// <summary>It generates a sound track.</summary>
    public bool SupportsAudio { get; init; }

    /// <summary>It can extend the prompt.</summary>
    public bool SupportsExtendPrompt { get; init; }

    /// <summary>A premium model.</summary>
    public bool IsPro { get; init; }

    /// <summary>It needs a paid account.</summary>
    public bool RequiresPay { get; init; }

    /// <summary>Akool's order: higher first.</summary>
    public int Sort { get; init; }

    /// <summary>Every field of Akool's answer, untouched.</summary>
    public IReadOnlyDictionary<string, object?> ApiFields { get; init; } = VideoJob.EmptyFields;

    /// <summary>The resolution of that name, or null.</summary>
    public ModelResolution? Resolution(string name)
    {
        foreach (var resolution in Resolutions)
        {
            if (string.Equals(resolution.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return resolution;
            }
        }

        return null;
    }
}

/// <summary>One resolution of a model.</summary>
public sealed class ModelResolution
{
    /// <summary>The value to send ("720p").</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Width in pixels, when Akool says.</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels, when Akool says.</summary>
    public int? Height { get; init; }

    /// <summary>Credits per second of video (<c>unit_credit</c>), when Akool says.</summary>
    public double? UnitCredit { get; init; }

    /// <inheritdoc />
    public override string ToString() => UnitCredit is double price
        ? FormattableString.Invariant($"{Name} ({Width}x{Height}, {price} credits/s)")
        : FormattableString.Invariant($"{Name} ({Width}x{Height})");
}

/// <summary>One image-to-video effect.</summary>
public sealed class EffectInfo
{
    /// <summary>The display name ("Squish").</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The code to send as <c>effect_code</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>A sample video of the effect.</summary>
    public Uri? PreviewUrl { get; init; }

    /// <summary>A still of the effect.</summary>
    public Uri? LogoUrl { get; init; }
}

/// <summary>
/// Videos made with a chosen model, by the batch calls: image to video (an image, maybe a last frame)
/// or text to video (a prompt alone). Each video of the batch is its own job.
/// </summary>
public sealed class ModelVideoRequest
{
    /// <summary>ImageToVideo or TextToVideo.</summary>
    public AkoolVideoKind Kind { get; init; } = AkoolVideoKind.ImageToVideo;

    /// <summary>The model, as the model list describes it (its lists are checked before any request).</summary>
    public AiModelInfo Model { get; init; } = null!;

    /// <summary>The image (image to video only).</summary>
    public Uri? ImageUrl { get; init; }

    /// <summary>What to make.</summary>
    public string Prompt { get; init; } = string.Empty;

    /// <summary>What to avoid.</summary>
    public string? NegativePrompt { get; init; }

    /// <summary>Let Akool extend the prompt (models that support it).</summary>
    public bool? ExtendPrompt { get; init; }

    /// <summary>A resolution of the model; null: the model's first.</summary>
    public string? Resolution { get; init; }

    /// <summary>A length of the model, in seconds; null: the model's first.</summary>
    public int? LengthSeconds { get; init; }

    /// <summary>The last frame (image to video, models that support it).</summary>
    public Uri? LastImageUrl { get; init; }

    /// <summary>How many videos: 1 to 10, and no more than the model makes per call.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Generate a sound track (models that support it).</summary>
    public bool? GenerateAudio { get; init; }

    /// <summary>Where Akool posts each job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>The resolution that will be sent: the one asked for, else the model's first.</summary>
    public string? EffectiveResolution => Resolution ?? (Model?.Resolutions.Count > 0 ? Model.Resolutions[0].Name : null);

    /// <summary>The length that will be sent: the one asked for, else the model's first.</summary>
    public int? EffectiveLength => LengthSeconds ?? (Model?.Lengths.Count > 0 ? Model.Lengths[0] : null);
}

/// <summary>An image generated from a prompt (and maybe a source image).</summary>
public sealed class ImageRequest
{
    /// <summary>What to draw.</summary>
    public string Prompt { get; init; } = string.Empty;

    /// <summary>The aspect ratio (Akool's <c>scale</c>): 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3; null: 1:1.</summary>
    public string? AspectRatio { get; init; }

    /// <summary>An image to start from (image to image).</summary>
    public Uri? SourceImageUrl { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>An upscale (U1-U4) or variations (V1-V4) of one of the four pictures of a finished image.</summary>
public sealed class ImageButtonRequest
{
    /// <summary>The finished image job (its _id).</summary>
    public string ImageId { get; init; } = string.Empty;

    /// <summary>U1-U4 or V1-V4.</summary>
    public string Button { get; init; } = string.Empty;

    /// <summary>The kind of the job given, when known: it must be an image.</summary>
    public AkoolVideoKind? SourceKind { get; init; }

    /// <summary>The status of the job given, when known: it must be completed.</summary>
    public AkoolVideoStatus? SourceStatus { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>What became of one result asked to be deleted.</summary>
public sealed class DeleteOutcome
{
    /// <summary>The job's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The job's kind.</summary>
    public AkoolVideoKind Kind { get; init; }

    /// <summary>True when Akool deleted it.</summary>
    public bool Deleted { get; init; }

    /// <summary>Akool's reason when it did not.</summary>
    public string? Reason { get; init; }
}
