using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>
/// The four kinds of job as a client meets them: a valid create body, where it goes, and how its status and
/// result URL are read back (infobymodelid for v3, resultsByIds for image-to-video). Lets one theory cover all.
/// </summary>
internal static class Kinds
{
    public const string Translation = "translation";
    public const string TalkingPhoto = "talkingPhoto";
    public const string LipSync = "lipSync";
    public const string ImageToVideo = "imageToVideo";

    public static readonly TheoryData<string> All = new(Translation, TalkingPhoto, LipSync, ImageToVideo);

    public static (string Path, object Body) Request(string kind, string webhookUrl = "") => kind switch
    {
        Translation => (TestSimulator.CreatePath, new { url = "https://example.com/source.mp4", language = "ja", webhookUrl }),
        TalkingPhoto => (TestSimulator.TalkingPhotoPath, new { talking_photo_url = "https://example.com/face.jpg", audio_url = "https://example.com/speech.mp3", webhookUrl }),
        LipSync => (TestSimulator.LipSyncPath, new { video_url = "https://example.com/speaker.mp4", audio_url = "https://example.com/speech.wav", webhookUrl }),
        ImageToVideo => (TestSimulator.ImageVideoPath, ImageVideoBody(webhookurl: webhookUrl)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A valid createBySourcePrompt body; the named arguments change one field.</summary>
    public static Dictionary<string, object?> ImageVideoBody(
        string resolution = "720p", int videoLength = 5, int audioType = 3, string? webhookurl = "") => new()
    {
        ["image_url"] = "https://example.com/still.png",
        ["prompt"] = "Animate this image with smooth camera movement and subtle object motion.",
        ["negative_prompt"] = "",
        ["resolution"] = resolution,
        ["audio_type"] = audioType,
        ["video_length"] = videoLength,
        ["webhookurl"] = webhookurl,
    };

    public static async Task<string> CreateAsync(TestSimulator sim, string kind, string webhookUrl = "")
    {
        var (path, body) = Request(kind, webhookUrl);
        var created = await sim.PostAsync(path, body);
        Assert.Equal(1000, JsonAssert.Code(created));
        return created.GetProperty("data").GetProperty("_id").GetString()!;
    }

    /// <summary>The status (1-4) and the result URL ("" until completed) the kind's read call reports.</summary>
    public static async Task<(int Status, string Url)> ReadAsync(TestSimulator sim, string kind, string id)
    {
        if (kind == ImageToVideo)
        {
            var result = Assert.Single(await sim.ResultsAsync(id));
            return (result.GetProperty("status").GetInt32(), result.TryGetProperty("video_url", out var url) ? url.GetString()! : "");
        }

        var info = await sim.InfoAsync(id);
        return (info.GetProperty("video_status").GetInt32(), info.GetProperty("video").GetString()!);
    }

    /// <summary>The webhook <c>type</c> each kind reports.</summary>
    public static string WebhookType(string kind) => kind switch
    {
        Translation => "video translate",
        TalkingPhoto => "talking photo",
        LipSync => "lipsync",
        ImageToVideo => "image",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static JsonElement Data(JsonElement envelope) => envelope.GetProperty("data");
}
