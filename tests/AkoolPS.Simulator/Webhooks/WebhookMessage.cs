using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>What one webhook notice says (<c>{"_id","status","type","url"}</c>) and the sealed body that carries it.</summary>
internal static class WebhookMessage
{
    /// <summary>
    /// The documented <c>type</c> values are faceswap, image, audio, talking photo, video translate,
    /// background change, avatar and lipsync. Image-to-video has none of its own; it starts from an image
    /// and its API is <c>image2Video</c>, so "image" is the closest, updateVideoAudio jobs included, since
    /// they are image-to-video records too.
    /// </summary>
    public static string TypeOf(JobKind kind) => kind switch
    {
        JobKind.VideoTranslation => "video translate",
        JobKind.TalkingPhoto => "talking photo",
        JobKind.LipSync => "lipsync",
        JobKind.ImageToVideo => "image",
        JobKind.Speech or JobKind.VoiceChange or JobKind.VoiceClone => "audio",
        JobKind.TextToVideo => "image",
        JobKind.Image => "image",
        JobKind.TalkingAvatar => "avatar",

        // The webhook page names no type for Jarvis Moderator: the simulator uses the endpoint's name, which no
        // client can rely on, so a client must not need it.
        JobKind.Moderation => "sentiment analysis",

        JobKind.FaceSwap => "faceswap",

        // Not in the documented list: the simulator's own words, which the client's registry knows too.
        JobKind.CharacterSwap => "character swap",
        JobKind.HeadSwap => "head swap",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No webhook type for this kind."),
    };

    /// <summary>The plain text: <c>url</c> is the result when completed, "" otherwise.</summary>
    public static string PlainText(Job job, int status) => JsonSerializer.Serialize(
        new Notice(job.Id, status, TypeOf(job.Kind), status == JobStatus.Completed && ResultFiles.Open(job, ResultFiles.MainFile(job)) is not null ? ResultFiles.Url(job, ResultFiles.MainFile(job)) : string.Empty),
        AkoolResult.JsonOptions);

    /// <summary>The body posted: <c>timestamp</c> a number (Unix ms), <c>nonce</c> a numeric string, as in the docs' sample.</summary>
    public static string Seal(string plainText, string clientId, string clientSecret, long timestamp)
    {
        var nonce = RandomNumberGenerator.GetInt32(1000, 10000).ToString(CultureInfo.InvariantCulture);
        var data = WebhookCrypto.Encrypt(plainText, clientId, clientSecret);
        var signature = WebhookCrypto.Sign(clientId, timestamp.ToString(CultureInfo.InvariantCulture), nonce, data);

        // Relaxed escaping writes base64's '+' as is, not as "\u002B", as Akool's Node.js backend does.
        return JsonSerializer.Serialize(new Envelope(signature, data, timestamp, nonce), AkoolResult.JsonOptions);
    }

    private sealed record Notice(
        [property: JsonPropertyName("_id")] string Id,
        [property: JsonPropertyName("status")] int Status,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("url")] string Url);

    private sealed record Envelope(
        [property: JsonPropertyName("signature")] string Signature,
        [property: JsonPropertyName("dataEncrypt")] string DataEncrypt,
        [property: JsonPropertyName("timestamp")] long Timestamp,
        [property: JsonPropertyName("nonce")] string Nonce);
}
