using System.Globalization;
using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// The bodies of the two batch calls, per the official tables, checked against the chosen model's lists
/// (resolution, length, count, last frame, audio, prompt extension) as the model list says they apply.
/// The webhook field is <c>webhookurl</c> in lower case, as on createBySourcePrompt.
/// </summary>
internal static class BatchVideoRequestValidator
{
    public const int MaxCount = 10;
    public const int MaxPromptLength = 5000;
    public const int MaxNegativePromptLength = 1000;
    public const int MaxWebhookLength = 2048;

    /// <summary>image2Video/createBySourcePrompt/batch: image, prompt, resolution and length are required.</summary>
    public static BatchVideoRequest ValidateImage(JsonElement body, long nowMs)
    {
        var image = JsonFields.RequiredHttpUrl(body, "image_url");
        var prompt = JsonFields.RequiredString(body, "prompt");
        var model = Model(body, ModelCatalogue.ImageToVideo, ModelCatalogue.DefaultImageModel, "an image-to-video");
        var resolution = JsonFields.RequiredString(body, "resolution");
        var length = JsonFields.RequiredInt(body, "video_length");
        var lastImage = JsonFields.OptionalHttpUrl(body, "last_image_url") ?? string.Empty;
        Require.That(lastImage.Length == 0 || model.SupportedLastFrame, $"model {model.Value} does not support last_image_url");
        return Build(body, JobKind.ImageToVideo, model, image, prompt, resolution, length, lastImage, nowMs);
    }

    /// <summary>text2Video/createByPrompt/batch: only the prompt is required; resolution and length default to the model's first.</summary>
    public static BatchVideoRequest ValidateText(JsonElement body, long nowMs)
    {
        var prompt = JsonFields.RequiredString(body, "prompt");
        Require.That(prompt.Length <= MaxPromptLength, $"prompt must be at most {MaxPromptLength} characters");
        var model = Model(body, ModelCatalogue.TextToVideo, ModelCatalogue.DefaultTextModel, "a text-to-video");
        var resolution = JsonFields.OptionalString(body, "resolution") ?? model.ResolutionList[0].Value;
        var length = JsonFields.OptionalInt(body, "video_length") ?? model.DurationList[0];
        return Build(body, JobKind.TextToVideo, model, string.Empty, prompt, resolution, length, string.Empty, nowMs);
    }

    private static BatchVideoRequest Build(
        JsonElement body, JobKind kind, AigModel model, string image, string prompt, string resolution, int length, string lastImage, long nowMs)
    {
        Require.OneOf(resolution, [.. model.ResolutionList.Select(r => r.Value)], "resolution");
        Require.OneOf(length, model.DurationList, "video_length");
        var negative = JsonFields.OptionalString(body, "negative_prompt") ?? string.Empty;
        Require.That(negative.Length <= MaxNegativePromptLength, $"negative_prompt must be at most {MaxNegativePromptLength} characters");
        var extend = JsonFields.OptionalBool(body, "extend_prompt") ?? false;
        Require.That(!extend || model.SupportedExtendPrompt, $"model {model.Value} does not support extend_prompt");
        var audio = JsonFields.OptionalBool(body, "generate_audio") ?? false;
        Require.That(!audio || model.GenerateAudio == true, $"model {model.Value} does not support generate_audio");
        var count = JsonFields.OptionalInt(body, "count") ?? 1;
        Require.That(count is >= 1 and <= MaxCount, $"count must be between 1 and {MaxCount}");
        Require.That(count <= model.MaxCount, $"model {model.Value} makes at most {model.MaxCount} videos per call");
        var webhook = JsonFields.OptionalHttpUrl(body, "webhookurl") ?? string.Empty;
        Require.That(webhook.Length <= MaxWebhookLength, $"webhookurl must be at most {MaxWebhookLength} characters");

        // The docs' sample batch id: the creation time and the user id.
        var batchId = string.Create(CultureInfo.InvariantCulture, $"{nowMs}_{SimulatorAccount.Uid}");
        var details = new BatchVideoDetails(
            kind, image, prompt, negative, extend, resolution, length, model.Value, lastImage, audio, batchId, count, model.Resolution(resolution)!.UnitCredit);
        return new BatchVideoRequest(details, count, webhook);
    }

    private static AigModel Model(JsonElement body, int type, string fallback, string what)
    {
        var name = JsonFields.OptionalString(body, "model_name") ?? fallback;
        return ModelCatalogue.Find(type, name) ?? throw new RequestValidationException($"model_name {name} is not {what} model");
    }
}

/// <summary>A batch body that passed validation: <see cref="Count"/> videos of the same details.</summary>
internal sealed record BatchVideoRequest(BatchVideoDetails Details, int Count, string WebhookUrl);
