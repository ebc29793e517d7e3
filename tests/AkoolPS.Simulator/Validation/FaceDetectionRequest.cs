using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>A detect_faces body that passed the checks of the official schema.</summary>
/// <param name="Source">The URL, or the base64 image when no URL was given.</param>
internal sealed record FaceDetectionRequest(string Source, bool IsVideo, int NumFrames, bool ReturnFaceUrl, bool SingleFace)
{
    private static readonly HashSet<string> Known = ["url", "img", "num_frames", "return_face_url", "single_face"];

    /// <exception cref="RequestValidationException">The body breaks the schema (answered as <c>error_code</c> 1).</exception>
    public static FaceDetectionRequest Validate(JsonElement body)
    {
        foreach (var field in body.EnumerateObject())
        {
            Require.That(Known.Contains(field.Name), $"Unknown parameter '{field.Name}'");
        }

        var url = JsonFields.OptionalString(body, "url");
        var img = JsonFields.OptionalString(body, "img");
        Require.That(!string.IsNullOrWhiteSpace(url) || !string.IsNullOrWhiteSpace(img), "Either 'url' or 'img' parameter must be provided");
        if (!string.IsNullOrWhiteSpace(url))
        {
            Require.That(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", "Invalid URL format");
        }
        else
        {
            var data = img!.Contains(',', StringComparison.Ordinal) ? img[(img.IndexOf(',', StringComparison.Ordinal) + 1)..] : img;
            Require.That(Convert.TryFromBase64String(data, new byte[data.Length], out _), "img must be base64-encoded image data");
        }

        var frames = JsonFields.OptionalInt(body, "num_frames") ?? 5;
        Require.That(frames is >= 1 and <= 100, "num_frames must be between 1 and 100");
        var source = string.IsNullOrWhiteSpace(url) ? img! : url;
        var isVideo = !string.IsNullOrWhiteSpace(url) && FaceSwapDetails.IsVideoUrl(url);
        return new FaceDetectionRequest(
            source,
            isVideo,
            isVideo ? frames : 1,
            JsonFields.OptionalBool(body, "return_face_url") ?? false,
            JsonFields.OptionalBool(body, "single_face") ?? false);
    }
}
