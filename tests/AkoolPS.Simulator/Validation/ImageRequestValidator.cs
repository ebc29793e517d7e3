using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>The two image-generation bodies, per the official tables. Their webhook field is <c>webhookUrl</c>.</summary>
internal static class ImageRequestValidator
{
    /// <summary>createbyprompt: a prompt, an optional <c>scale</c> (default "1:1") and an optional source image.</summary>
    public static JobRequest<ImageDetails> ValidatePrompt(JsonElement body)
    {
        var prompt = JsonFields.RequiredString(body, "prompt");
        var scale = JsonFields.OptionalString(body, "scale") ?? "1:1";
        Require.OneOf(scale, ImageDetails.Scales, "scale");
        var source = JsonFields.OptionalHttpUrl(body, "source_image") ?? string.Empty;
        var webhook = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        return new JobRequest<ImageDetails>(new ImageDetails(prompt, scale, source), webhook);
    }

    /// <summary>createbybutton: the <c>_id</c> of a generated image and one of the eight buttons.</summary>
    public static (string ImageId, string Button, string WebhookUrl) ValidateButton(JsonElement body)
    {
        var id = JsonFields.RequiredString(body, "_id").Trim();
        var button = JsonFields.RequiredString(body, "button");
        Require.OneOf(button, ImageDetails.AllButtons, "button");
        var webhook = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        return (id, button, webhook);
    }
}
