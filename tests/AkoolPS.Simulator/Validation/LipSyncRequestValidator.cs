using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>A lipsync body: the docs list three string fields; both media URLs are needed for a result.</summary>
internal static class LipSyncRequestValidator
{
    public static JobRequest<LipSyncDetails> Validate(JsonElement body)
    {
        var video = JsonFields.RequiredHttpUrl(body, "video_url");
        var audio = JsonFields.RequiredHttpUrl(body, "audio_url");
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        return new JobRequest<LipSyncDetails>(new LipSyncDetails(video, audio), webhookUrl);
    }
}
