using System;
using System.Collections.Generic;
using System.Globalization;

namespace AkoolPS.Client.Models;

/// <summary>
/// A face's box as a face swap takes it: <c>[x1, y1, x2, y2]</c>, the corners in pixels of the whole image.
/// Face detection reports <c>[x, y, width, height]</c>: <see cref="FromRegion"/> converts.
/// </summary>
public sealed record FaceBox(double X1, double Y1, double X2, double Y2)
{
    /// <summary>The box of a detection region <c>[x, y, width, height]</c>: x1 = x, y1 = y, x2 = x + width, y2 = y + height.</summary>
    public static FaceBox FromRegion(double x, double y, double width, double height) => new(x, y, x + width, y + height);

    /// <summary>The width (x2 - x1).</summary>
    public double Width => X2 - X1;

    /// <summary>The height (y2 - y1).</summary>
    public double Height => Y2 - Y1;

    /// <summary>True when the corners are finite, not negative and in order (x2 &gt; x1, y2 &gt; y1).</summary>
    public bool IsValid =>
        Finite(X1) && Finite(Y1) && Finite(X2) && Finite(Y2) &&
        X1 >= 0 && Y1 >= 0 && X2 > X1 && Y2 > Y1;

    /// <summary>The four numbers in Akool's order.</summary>
    public double[] ToArray() => new[] { X1, Y1, X2, Y2 };

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0},{1},{2},{3}", X1, Y1, X2, Y2);

    /// <summary>True for a number that is neither NaN nor infinite.</summary>
    internal static bool Finite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}

/// <summary>One face as face detection found it.</summary>
public sealed record DetectedFace
{
    /// <summary>The image or video it was found in.</summary>
    public Uri? SourceUrl { get; init; }

    /// <summary>The cropped face image (a face swap takes it without a box).</summary>
    public Uri? FaceUrl { get; init; }

    /// <summary>The crop's box in the whole image, <c>[x1, y1, x2, y2]</c> (from <c>crop_region</c>).</summary>
    public FaceBox? Box { get; init; }

    /// <summary>The face's own box, <c>[x1, y1, x2, y2]</c> (from <c>region</c>).</summary>
    public FaceBox? Region { get; init; }

    /// <summary>The first four landmarks as Akool writes them (<c>"x1,y1:x2,y2:x3,y3:x4,y4"</c>).</summary>
    public string? Landmarks { get; init; }

    /// <summary>The frame index (0 for an image).</summary>
    public int Frame { get; init; }

    /// <summary>Where the frame is in a video; null for an image.</summary>
    public TimeSpan? Time { get; init; }

    /// <summary>The face's position in its frame's lists, from 0.</summary>
    public int Index { get; init; }
}

/// <summary>
/// A face of a face swap: a cropped face (a <c>face_urls</c> crop of face detection: no box needed), or a
/// whole uploaded image (<paramref name="WholeImage"/>), which Akool's page says needs the box of the face in it.
/// </summary>
public sealed record SwapFace(Uri Url, FaceBox? Box = null, bool WholeImage = false);

/// <summary>One pair of a multi-face swap: the new face and the face it replaces.</summary>
public sealed record FaceSwapPair(SwapFace? Source, SwapFace? Target);

/// <summary>Face Swap Plus (<c>faceswapPlusByImage</c>): an image or a video target.</summary>
public sealed class FaceSwapRequest
{
    /// <summary>The new face (Akool's <c>source_url</c>); with a map, the first pair's source when not given.</summary>
    public Uri? FaceUrl { get; init; }

    /// <summary>The image or video whose faces are replaced (required).</summary>
    public Uri TargetUrl { get; init; } = null!;

    /// <summary>Pairs for a multi-face swap; empty for Akool's single-face mode.</summary>
    public IReadOnlyList<FaceSwapPair> Map { get; init; } = Array.Empty<FaceSwapPair>();

    /// <summary>realistic (Akool's default), beautify or lossless.</summary>
    public string? Style { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>A character swap (<c>characterSwap/create</c>): a character image moved as a video moves.</summary>
public sealed class CharacterSwapRequest
{
    /// <summary>The character image, PNG or JPEG (required).</summary>
    public Uri ImageUrl { get; init; } = null!;

    /// <summary>The video whose motion is applied, MP4 (required).</summary>
    public Uri VideoUrl { get; init; } = null!;

    /// <summary>animate (Akool's default) or replace.</summary>
    public string? Mode { get; init; }

    /// <summary>480p, 720p (Akool's default) or 1080p.</summary>
    public string? Resolution { get; init; }

    /// <summary>1 to 120 seconds; Akool measures the video when not given.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>Guidance, at most 500 characters.</summary>
    public string? Prompt { get; init; }

    /// <summary>A character swap model (<c>model_name</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>One head of a head analysis: the id a head swap maps and its preview image.</summary>
public sealed record DetectedHead(int ObjectId, Uri? ImageUrl, Uri VideoUrl);

/// <summary>A head analysis of a video (<c>headswap/analyze</c>) as Akool last reported it.</summary>
public sealed record HeadAnalysis
{
    /// <summary>Akool's <c>_id</c> of the analysis.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The video analysed.</summary>
    public Uri VideoUrl { get; init; } = null!;

    /// <summary>The processing state.</summary>
    public AkoolVideoStatus Status { get; init; }

    /// <summary>Per cent done, when Akool says.</summary>
    public int? Progress { get; init; }

    /// <summary>The heads found, once completed.</summary>
    public IReadOnlyList<DetectedHead> Heads { get; init; } = Array.Empty<DetectedHead>();

    /// <summary>Akool's error code of a failed analysis.</summary>
    public long? ErrorCode { get; init; }

    /// <summary>Akool's reason for a failed analysis.</summary>
    public string? ErrorReason { get; init; }

    /// <summary>True once completed or failed.</summary>
    public bool IsFinished => Status is AkoolVideoStatus.Completed or AkoolVideoStatus.Failed;
}

/// <summary>A head swap (<c>headswap/task/create</c>): up to five heads of an analysed video replaced by reference faces.</summary>
public sealed class HeadSwapRequest
{
    /// <summary>Akool's documented (and only) model, which the page makes required.</summary>
    public const string DefaultModel = "akool-premium";

    /// <summary>The resolution the page's samples use; the page makes it required.</summary>
    public const string DefaultResolution = "720p";

    /// <summary>The most heads one task may replace.</summary>
    public const int MaxSwaps = 5;

    /// <summary>The video, the identical URL its analysis used (required).</summary>
    public Uri VideoUrl { get; init; } = null!;

    /// <summary>Each head (its analysis <c>obj_id</c>) and the reference face image that replaces it.</summary>
    public IReadOnlyList<KeyValuePair<int, Uri>> Swaps { get; init; } = Array.Empty<KeyValuePair<int, Uri>>();

    /// <summary>480p or 720p.</summary>
    public string Resolution { get; init; } = DefaultResolution;

    /// <summary>The model.</summary>
    public string Model { get; init; } = DefaultModel;

    /// <summary>Keep the source's sound (Akool's default: yes).</summary>
    public bool? KeepOriginalSound { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}
