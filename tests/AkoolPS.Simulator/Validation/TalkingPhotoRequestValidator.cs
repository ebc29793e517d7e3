using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>A createbytalkingphoto body, checked against the official OpenAPI schema.</summary>
internal static class TalkingPhotoRequestValidator
{
    /// <summary>The docs' samples use 720 when they do not care; the schema gives no default.</summary>
    public const string DefaultResolution = "720";

    private static readonly IReadOnlyList<string> Resolutions = ["720", "1080"];

    public static JobRequest<TalkingPhotoDetails> Validate(JsonElement body)
    {
        var photo = JsonFields.RequiredHttpUrl(body, "talking_photo_url");
        var audio = JsonFields.RequiredHttpUrl(body, "audio_url");
        var prompt = JsonFields.OptionalString(body, "prompt") ?? string.Empty;

        // A string enum: 720 as a number is a client bug worth hearing about.
        var resolution = JsonFields.OptionalString(body, "resolution") ?? DefaultResolution;
        Require.OneOf(resolution, Resolutions, "resolution");
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        return new JobRequest<TalkingPhotoDetails>(new TalkingPhotoDetails(photo, audio, prompt, resolution), webhookUrl);
    }
}
