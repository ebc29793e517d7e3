using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// A characterSwap/create body, per the official page: <c>image</c> and <c>video</c> (URLs) required;
/// <c>duration</c> 1-120 s; <c>resolution</c> 480p/720p/1080p (default 720p); <c>mode</c> animate/replace
/// (default animate); <c>prompt</c> up to 500 characters; <c>model_name</c> (the overview's samples) one of
/// the character swap models; <c>webhookurl</c> in lower case, as the page writes it.
/// </summary>
internal static class CharacterSwapRequestValidator
{
    /// <summary>The model every sample of the page names and the create answer reports.</summary>
    public const string DefaultModel = "wavespeed-ai/wan-2.2/animate";

    public const int MaxPrompt = 500;

    private static readonly string[] Resolutions = ["480p", "720p", "1080p"];
    private static readonly string[] Modes = ["animate", "replace"];
    private static readonly HashSet<string> Known = ["image", "video", "duration", "resolution", "mode", "prompt", "model_name", "webhookurl"];

    public static JobRequest<CharacterSwapDetails> Validate(JsonElement body)
    {
        StrictFields.Only(body, Known);
        var image = JsonFields.RequiredHttpUrl(body, "image");
        var video = JsonFields.RequiredHttpUrl(body, "video");
        double? duration = null;
        if (body.TryGetProperty("duration", out var value))
        {
            Require.That(value.ValueKind == JsonValueKind.Number, "duration must be a number");
            duration = value.GetDouble();
            Require.That(duration is >= 1 and <= 120, "duration must be between 1 and 120 seconds");
        }

        var resolution = JsonFields.OptionalString(body, "resolution") ?? "720p";
        Require.OneOf(resolution, Resolutions, "resolution");
        var mode = JsonFields.OptionalString(body, "mode") ?? "animate";
        Require.OneOf(mode, Modes, "mode");
        var prompt = JsonFields.OptionalString(body, "prompt") ?? string.Empty;
        Require.That(prompt.Length <= MaxPrompt, $"prompt must be at most {MaxPrompt} characters");
        var model = JsonFields.OptionalString(body, "model_name") ?? DefaultModel;
        Require.That(IsModel(model), $"model_name '{model}' is not a character swap model");
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookurl") ?? string.Empty;
        return new JobRequest<CharacterSwapDetails>(new CharacterSwapDetails(image, video, mode, resolution, duration, prompt, model), webhookUrl);
    }

    private static bool IsModel(string name) => name == DefaultModel;
}
