using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>An updateVideoAudio body that passed validation; whether the source job may take audio is the endpoint's check.</summary>
internal sealed record VideoAudioRequest(string PreVideoId, int AudioType, string AudioUrl);

/// <summary>An updateVideoAudio body: the source's <c>_id</c> and the new audio (1 AI generated, 2 <c>audio_url</c>; 3 "none" makes no sense here).</summary>
internal static class VideoAudioRequestValidator
{
    private static readonly IReadOnlyList<int> AudioTypes = [ImageToVideoDetails.GeneratedAudio, ImageToVideoDetails.UserAudio];

    public static VideoAudioRequest Validate(JsonElement body)
    {
        var preVideoId = JsonFields.RequiredString(body, "pre_video_id").Trim();
        var (type, url) = ImageToVideoRequestValidator.ReadAudio(body, AudioTypes);
        return new VideoAudioRequest(preVideoId, type, url);
    }
}
