using System.Globalization;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// <c>POST /interface/detect-api/detect_faces</c>: answers at once with the faces of an image or of some frames
/// of a video, in the detection service's own envelope (<c>error_code</c> 0 or 1, <c>error_msg</c>, <c>faces_obj</c>).
/// The faces are a pure function of the source (1 to 3 per frame; none when the URL's path contains "noface"),
/// and the cropped face images are served from <c>/files/faces/...</c>. Crops are what a face swap takes without a box.
/// </summary>
internal static class FaceDetectionEndpoints
{
    public const string CropPrefix = "/files/faces/";

    private const int FramesPerSecond = 30;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/interface/detect-api/detect_faces", (Func<HttpContext, Task<IResult>>)DetectAsync)
            .AddEndpointFilter<AkoolAuthFilter>();
        app.MapMethods(CropPrefix + "{key}/{name}", [HttpMethods.Get, HttpMethods.Head], ServeCropAsync);
    }

    /// <summary>True for a face image this simulator's detection handed out (a crop: no box needed).</summary>
    public static bool IsCrop(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith(CropPrefix, StringComparison.Ordinal);

    private static async Task<IResult> DetectAsync(HttpContext context)
    {
        FaceDetectionRequest request;
        try
        {
            request = FaceDetectionRequest.Validate(await JsonBody.ReadObjectAsync(context));
        }
        catch (RequestValidationException error)
        {
            return new DetectionResult(1, error.Message, new Dictionary<string, FrameFaces>());
        }

        if (request.Source.Contains("noface", StringComparison.OrdinalIgnoreCase))
        {
            return new DetectionResult(1, "No faces detected", new Dictionary<string, FrameFaces>());
        }

        var origin = ResultFiles.OriginOf(context.Request);
        var key = StableHash.Of(request.Source).ToString("x16", CultureInfo.InvariantCulture);
        var frames = new Dictionary<string, FrameFaces>();
        for (var i = 0; i < request.NumFrames; i++)
        {
            var frameIndex = i * FramesPerSecond;
            frames[frameIndex.ToString(CultureInfo.InvariantCulture)] = Frame(request, origin, key, frameIndex, request.IsVideo ? i : null);
        }

        return new DetectionResult(0, "SUCCESS", frames);
    }

    private static FrameFaces Frame(FaceDetectionRequest request, string origin, string key, int frameIndex, double? time)
    {
        var seed = StableHash.Of(request.Source);
        var count = request.SingleFace ? 1 : 1 + (int)(seed % 3);
        var regions = new List<int[]>();
        for (var face = 0; face < count; face++)
        {
            var wobble = (int)((seed >> (8 * face)) % 40);

            // Faces side by side, drifting a little from frame to frame; the first is the largest.
            regions.Add([80 + (face * 360) + wobble + (frameIndex / 10), 100 + wobble, 200 - (face * 20), 240 - (face * 20)]);
        }

        var landmarks = regions.Select(Landmarks).ToList();
        var crops = regions.Select(Crop).ToList();
        return new FrameFaces(
            landmarks,
            [.. landmarks.Select(points => LandmarkString(points))],
            regions,
            [],
            time)
        {
            FaceUrls = request.ReturnFaceUrl ? [.. regions.Select((_, face) => $"{origin}{CropPrefix}{key}/{frameIndex}-{face}.png")] : null,
            CropRegion = request.ReturnFaceUrl ? crops : null,
            CropLandmarks = request.ReturnFaceUrl
                ? [.. landmarks.Select((points, face) => LandmarkString(points, crops[face][0], crops[face][1]))]
                : null,
        };
    }

    /// <summary>The six points inside a <c>[x, y, w, h]</c> region: eyes, nose, mouth centre, mouth corners.</summary>
    private static int[][] Landmarks(int[] r) =>
    [
        [r[0] + (r[2] * 3 / 10), r[1] + (r[3] * 4 / 10)],
        [r[0] + (r[2] * 7 / 10), r[1] + (r[3] * 4 / 10)],
        [r[0] + (r[2] / 2), r[1] + (r[3] * 6 / 10)],
        [r[0] + (r[2] / 2), r[1] + (r[3] * 8 / 10)],
        [r[0] + (r[2] * 35 / 100), r[1] + (r[3] * 8 / 10)],
        [r[0] + (r[2] * 65 / 100), r[1] + (r[3] * 8 / 10)],
    ];

    /// <summary>The region grown by 30 % on every side, kept inside the picture: <c>[x, y, w, h]</c>.</summary>
    private static int[] Crop(int[] r)
    {
        var x = Math.Max(0, r[0] - (r[2] * 3 / 10));
        var y = Math.Max(0, r[1] - (r[3] * 3 / 10));
        return [x, y, r[0] + r[2] + (r[2] * 3 / 10) - x, r[1] + r[3] + (r[3] * 3 / 10) - y];
    }

    private static string LandmarkString(int[][] points, int dx = 0, int dy = 0) =>
        string.Join(':', points.Take(4).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p[0] - dx},{p[1] - dy}")));

    private static async Task ServeCropAsync(HttpContext context, string key, string name)
    {
        var content = new PngImage(StableHash.Of(key + "/" + name));
        await FileResponder.SendAsync(context, content, $"\"{key}-{name}\"", DateTimeOffset.UnixEpoch);
    }

    /// <summary>The detection service's envelope; the journal records its <c>error_code</c> as the code.</summary>
    private sealed class DetectionResult(int errorCode, string message, Dictionary<string, FrameFaces> faces) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Features.Get<RequestTrace>()?.SetCode(errorCode);
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            return httpContext.Response.WriteAsJsonAsync(new Envelope(errorCode, message, faces), AkoolResult.JsonOptions, httpContext.RequestAborted);
        }
    }

    private sealed record Envelope(
        [property: JsonPropertyName("error_code")] int ErrorCode,
        [property: JsonPropertyName("error_msg")] string ErrorMsg,
        [property: JsonPropertyName("faces_obj")] Dictionary<string, FrameFaces> FacesObj);

    private sealed record FrameFaces(
        [property: JsonPropertyName("landmarks")] IReadOnlyList<int[][]> Landmarks,
        [property: JsonPropertyName("landmarks_str")] IReadOnlyList<string> LandmarksStr,
        [property: JsonPropertyName("region")] IReadOnlyList<int[]> Region,
        [property: JsonPropertyName("removed")] IReadOnlyList<int[]> Removed,
        [property: JsonPropertyName("frame_time")] double? FrameTime)
    {
        [JsonPropertyName("face_urls")]
        public IReadOnlyList<string>? FaceUrls { get; init; }

        [JsonPropertyName("crop_region")]
        public IReadOnlyList<int[]>? CropRegion { get; init; }

        [JsonPropertyName("crop_landmarks")]
        public IReadOnlyList<string>? CropLandmarks { get; init; }
    }
}
