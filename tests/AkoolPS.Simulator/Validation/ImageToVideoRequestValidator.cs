using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// A createBySourcePrompt body, per the official table. Its webhook field is <c>webhookurl</c> in lower case;
/// a camelCase <c>webhookUrl</c> is an unknown field here and, as on the real service, silently ignored.
/// </summary>
internal static class ImageToVideoRequestValidator
{
    private static readonly IReadOnlyList<int> CreateAudioTypes =
        [ImageToVideoDetails.GeneratedAudio, ImageToVideoDetails.UserAudio, ImageToVideoDetails.NoAudio];

    public static JobRequest<ImageToVideoDetails> Validate(JsonElement body)
    {
        var image = JsonFields.RequiredHttpUrl(body, "image_url");

        // "If specified, prompt content will be ignored": the prompt must still be sent, but may then be empty.
        var effect = JsonFields.OptionalString(body, "effect_code") ?? string.Empty;
        var prompt = JsonFields.RequiredString(body, "prompt", allowEmpty: true);
        Require.That(effect.Length > 0 || !string.IsNullOrWhiteSpace(prompt), "prompt cannot be empty unless effect_code is given");
        var negative = JsonFields.RequiredString(body, "negative_prompt", allowEmpty: true);
        var extend = JsonFields.OptionalBool(body, "extend_prompt") ?? false;

        var resolution = JsonFields.RequiredString(body, "resolution");
        Require.OneOf(resolution, ImageToVideoPricing.Resolutions, "resolution");
        var (audioType, audioUrl) = ReadAudio(body, CreateAudioTypes);
        var length = JsonFields.RequiredInt(body, "video_length");
        Require.OneOf(length, ImageToVideoPricing.Lengths, "video_length");
        var premium = JsonFields.OptionalBool(body, "is_premium_model") ?? false;
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookurl") ?? string.Empty;

        var details = new ImageToVideoDetails(image, prompt, negative, extend, resolution, audioType, audioUrl, length, premium, effect);
        return new JobRequest<ImageToVideoDetails>(details, webhookUrl);
    }

    /// <summary><c>audio_type</c> and <c>audio_url</c>, which createBySourcePrompt and updateVideoAudio share: type 2 needs the URL.</summary>
    public static (int Type, string Url) ReadAudio(JsonElement body, IReadOnlyList<int> allowedTypes)
    {
        var type = JsonFields.RequiredInt(body, "audio_type");
        Require.OneOf(type, allowedTypes, "audio_type");
        var url = JsonFields.OptionalHttpUrl(body, "audio_url") ?? string.Empty;
        Require.That(type != ImageToVideoDetails.UserAudio || url.Length > 0, "audio_url is required when audio_type is 2 (user audio)");
        return (type, url);
    }
}
