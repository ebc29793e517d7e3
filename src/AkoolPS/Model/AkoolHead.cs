using System;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>One head Find-AkoolHead found in a video: the id a head swap maps, its preview image and the video.</summary>
public sealed class AkoolHead
{
    internal AkoolHead(DetectedHead head, string analysisId)
    {
        ObjectId = head.ObjectId;
        ImageUrl = head.ImageUrl;
        VideoUrl = head.VideoUrl;
        AnalysisId = analysisId;
    }

    /// <summary>Akool's obj_id of the head.</summary>
    public int ObjectId { get; }

    /// <summary>A preview image of the head in the video.</summary>
    public Uri? ImageUrl { get; }

    /// <summary>The video, as analysed (a head swap must name the identical URL).</summary>
    public Uri VideoUrl { get; }

    /// <summary>Akool's id of the analysis that found it.</summary>
    public string AnalysisId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ObjectId} {VideoUrl}";
}
