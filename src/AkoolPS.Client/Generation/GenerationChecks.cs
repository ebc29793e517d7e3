using System;
using System.Linq;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Generation;

/// <summary>
/// Checks of the generation requests, made before any request: what the chosen model does not offer
/// (a resolution, a length, a count, a last frame, a sound track, prompt extension) is refused here with
/// the model's own lists, so no credit is spent on a call bound to fail.
/// </summary>
public static class GenerationChecks
{
    /// <summary>The most videos one batch call makes.</summary>
    public const int MaxCount = 10;

    /// <summary>The longest text-to-video prompt.</summary>
    public const int MaxPromptLength = 5000;

    /// <summary>The longest negative prompt.</summary>
    public const int MaxNegativePromptLength = 1000;

    /// <summary>Akool's image aspect ratios (its <c>scale</c> values).</summary>
    public static readonly string[] AspectRatios = { "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3" };

    /// <summary>The buttons of a finished image: U1-U4 upscale one picture, V1-V4 make variations of one.</summary>
    public static readonly string[] Buttons = { "U1", "U2", "U3", "U4", "V1", "V2", "V3", "V4" };

    /// <summary>Checks a request for videos made with a model.</summary>
    public static void Check(ModelVideoRequest request)
    {
        var model = request.Model ?? throw new AkoolValidationException("ModelRequired", "Name the model to use; the model list names them.", null);
        if (model.Kind != request.Kind)
        {
            throw new AkoolValidationException("WrongModelKind", $"Model {model.Name} makes {model.Kind}, not {request.Kind}.", model.Name);
        }

        if (request.Kind == AkoolVideoKind.ImageToVideo)
        {
            RequestChecks.Url(request.ImageUrl, "ImageUrl", "the image");
        }

        if (string.IsNullOrWhiteSpace(request.Prompt))
        {
            throw new AkoolValidationException("PromptRequired", "Give a prompt that says what the video shows.", null);
        }

        Limit(request.Prompt, MaxPromptLength, "Prompt");
        Limit(request.NegativePrompt, MaxNegativePromptLength, "NegativePrompt");
        if (request.Resolution is { } resolution && model.Resolution(resolution) is null)
        {
            throw Offers(model, "InvalidResolution", $"resolutions {List(model.Resolutions.Select(r => r.Name))}", $"not '{resolution}'", resolution);
        }

        if (request.LengthSeconds is int length && !model.Lengths.Contains(length))
        {
            throw Offers(model, "InvalidLength", $"lengths (seconds) {List(model.Lengths.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)))}", $"not {length}", length);
        }

        var max = Math.Min(MaxCount, model.MaxCount ?? MaxCount);
        if (request.Count < 1 || request.Count > max)
        {
            throw Offers(model, "InvalidCount", $"1 to {max} videos per call", $"not {request.Count}", request.Count);
        }

        if (request.LastImageUrl is not null)
        {
            if (request.Kind != AkoolVideoKind.ImageToVideo || !model.SupportsLastFrame)
            {
                throw Offers(model, "LastFrameNotSupported", "no last frame", "so it cannot take a last frame image", request.LastImageUrl);
            }

            RequestChecks.Url(request.LastImageUrl, "LastImageUrl", "the last frame");
        }

        if (request.GenerateAudio == true && !model.SupportsAudio)
        {
            throw Offers(model, "AudioNotSupported", "no generated sound track", "so it cannot generate audio", model.Name);
        }

        if (request.ExtendPrompt == true && !model.SupportsExtendPrompt)
        {
            throw Offers(model, "ExtendPromptNotSupported", "no prompt extension", "so it cannot extend the prompt", model.Name);
        }

        Webhook(request.WebhookUrl);
    }

    /// <summary>Checks an image request.</summary>
    public static void Check(ImageRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Prompt))
        {
            throw new AkoolValidationException("PromptRequired", "Give a prompt that says what to draw.", null);
        }

        if (request.AspectRatio is { } ratio && !AspectRatios.Contains(ratio, StringComparer.Ordinal))
        {
            throw new AkoolValidationException("InvalidAspectRatio", $"The aspect ratio must be one of {List(AspectRatios)}, not '{ratio}'.", ratio);
        }

        if (request.SourceImageUrl is not null)
        {
            RequestChecks.Url(request.SourceImageUrl, "SourceImageUrl", "the image to start from");
        }

        Webhook(request.WebhookUrl);
    }

    /// <summary>Checks an upscale or variation request.</summary>
    public static void Check(ImageButtonRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ImageId))
        {
            throw new AkoolValidationException("JobIdRequired", "Give the finished image job to upscale or vary.", null);
        }

        if (request.SourceKind is { } kind && kind != AkoolVideoKind.Image)
        {
            throw new AkoolValidationException("NotAnImage", $"Job {request.ImageId} is a {kind} job; only a generated image can be upscaled or varied.", request.ImageId);
        }

        if (request.SourceStatus is { } status && status != AkoolVideoStatus.Completed)
        {
            throw new AkoolValidationException("ImageNotReady", $"Image {request.ImageId} is {status}; wait until it has completed, then upscale or vary it.", request.ImageId);
        }

        if (!Buttons.Contains(request.Button?.ToUpperInvariant(), StringComparer.Ordinal))
        {
            throw new AkoolValidationException("InvalidButton", $"The button must be one of {List(Buttons)}, not '{request.Button}'.", request.Button);
        }

        Webhook(request.WebhookUrl);
    }

    private static AkoolValidationException Offers(AiModelInfo model, string reason, string offers, string consequence, object? target) =>
        new(reason, $"Model {model.Name} offers {offers}, {consequence}.", target);

    private static string List(System.Collections.Generic.IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private static void Limit(string? text, int max, string name)
    {
        if (text is not null && text.Length > max)
        {
            throw new AkoolValidationException("Invalid" + name, $"The {name} may be at most {max} characters, not {text.Length}.", text.Length);
        }
    }

    private static void Webhook(Uri? webhook)
    {
        if (webhook is not null)
        {
            RequestChecks.Url(webhook, "WebhookUrl", "the webhook");
        }
    }
}
