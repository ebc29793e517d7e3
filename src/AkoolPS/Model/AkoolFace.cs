using System;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>
/// One face Find-AkoolFace found: its cropped image (what a face swap takes without a box) and its boxes
/// as x1, y1, x2, y2 in the whole image. Use it as a Source or Target of New-AkoolFaceSwap -FaceMap.
/// </summary>
public sealed class AkoolFace
{
    internal AkoolFace(DetectedFace face)
    {
        SourceUrl = face.SourceUrl;
        FaceUrl = face.FaceUrl;
        Box = face.Box?.ToArray();
        Region = face.Region?.ToArray();
        Landmarks = face.Landmarks;
        Frame = face.Frame;
        Time = face.Time;
        Index = face.Index;
    }

    /// <summary>The image or video the face was found in.</summary>
    public Uri? SourceUrl { get; }

    /// <summary>The cropped face image.</summary>
    public Uri? FaceUrl { get; }

    /// <summary>The crop's box in the whole image: x1, y1, x2, y2 (Akool's crop_region [x, y, w, h] converted).</summary>
    public double[]? Box { get; }

    /// <summary>The face's own box: x1, y1, x2, y2.</summary>
    public double[]? Region { get; }

    /// <summary>The first four landmarks, "x,y:x,y:x,y:x,y".</summary>
    public string? Landmarks { get; }

    /// <summary>The frame it was found in (0 for an image).</summary>
    public int Frame { get; }

    /// <summary>Where that frame is in a video; empty for an image.</summary>
    public TimeSpan? Time { get; }

    /// <summary>Its place among the faces of its frame, from 0.</summary>
    public int Index { get; }

    /// <summary>The face as a face swap takes it: the crop, or the whole image with the box when there is no crop.</summary>
    internal SwapFace? ToSwapFace() =>
        FaceUrl is not null ? new SwapFace(FaceUrl)
        : SourceUrl is not null && Box is { Length: 4 } box ? new SwapFace(SourceUrl, new FaceBox(box[0], box[1], box[2], box[3]), WholeImage: true)
        : null;

    /// <inheritdoc />
    public override string ToString() => FaceUrl?.ToString() ?? string.Empty;
}
