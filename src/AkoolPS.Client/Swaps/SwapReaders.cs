using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Json;

/// <summary>
/// Reads face detection and head analysis answers. Nothing in them is trusted: a face whose region is not
/// four finite numbers with a positive size is left out, a crop box that is not one is dropped, and links
/// that are not absolute http(s) are not passed on.
/// </summary>
internal static class SwapReaders
{
    /// <summary>Every face of every frame, frames in order.</summary>
    public static IReadOnlyList<DetectedFace> Faces(JsonElement root, Uri source)
    {
        if (!root.TryGetProperty("faces_obj", out var frames) || frames.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The answer has no faces_obj object.");
        }

        var faces = new List<DetectedFace>();
        var ordered = frames.EnumerateObject()
            .Select(frame => (Index: int.TryParse(frame.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1, frame.Value))
            .Where(frame => frame.Index >= 0 && frame.Value.ValueKind == JsonValueKind.Object)
            .OrderBy(frame => frame.Index);
        foreach (var (index, frame) in ordered)
        {
            var regions = Array(frame, "region");
            var crops = Array(frame, "crop_region");
            var urls = Array(frame, "face_urls");
            var landmarks = Array(frame, "landmarks_str");
            var seconds = frame.TryGetProperty("frame_time", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetDouble(out var at) && at >= 0 && at < 1e7
                ? TimeSpan.FromSeconds(at)
                : (TimeSpan?)null;
            for (var i = 0; i < regions.Count; i++)
            {
                if (Box(regions[i]) is not FaceBox region)
                {
                    continue;
                }

                faces.Add(new DetectedFace
                {
                    SourceUrl = source,
                    FaceUrl = i < urls.Count && urls[i].ValueKind == JsonValueKind.String ? HttpUri(urls[i].GetString()) : null,
                    Box = i < crops.Count ? Box(crops[i]) : null,
                    Region = region,
                    Landmarks = i < landmarks.Count && landmarks[i].ValueKind == JsonValueKind.String ? landmarks[i].GetString() : null,
                    Frame = index,
                    Time = seconds,
                    Index = i,
                });
            }
        }

        return faces;
    }

    /// <summary>An analysis record of analyze or analyze/detail.</summary>
    public static HeadAnalysis Analysis(JsonElement data, Uri video)
    {
        var fields = new Jobs.JobFields();
        var id = Jobs.JobFields.Text(data, "_id") ?? throw new JsonException("The analysis has no _id.");
        var status = Jobs.JobFields.Number(data, "status") is double s && s is >= 1 and <= 4 && s == Math.Floor(s) ? (AkoolVideoStatus)(int)s : AkoolVideoStatus.Unknown;
        var heads = new List<DetectedHead>();
        if (status == AkoolVideoStatus.Completed && data.TryGetProperty("analysis_result", out var result) && result.ValueKind == JsonValueKind.Object &&
            result.TryGetProperty("media", out var media) && media.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in media.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && Jobs.JobFields.Number(item, "obj_id") is double obj && obj >= 0 && obj <= int.MaxValue && obj == Math.Floor(obj)
                    && heads.All(h => h.ObjectId != (int)obj))
                {
                    heads.Add(new DetectedHead((int)obj, HttpUri(Jobs.JobFields.Text(item, "img_url")), video));
                }
            }
        }

        var failed = status == AkoolVideoStatus.Failed;
        return new HeadAnalysis
        {
            Id = id.Trim(),
            VideoUrl = video,
            Status = status,
            Progress = Jobs.JobFields.Number(data, "progress") is double p && !double.IsNaN(p) ? (int)Math.Round(Math.Max(0, Math.Min(100, p))) : null,
            Heads = heads,
            ErrorCode = failed && Jobs.JobFields.Number(data, fields.ErrorCode) is double code && Math.Abs(code) < 1e15 ? (long)code : null,
            ErrorReason = failed ? Jobs.JobFields.Text(data, fields.ErrorReason) : null,
        };
    }

    /// <summary>An absolute http(s) link, or null.</summary>
    public static Uri? HttpUri(string? text) =>
        ModelMapper.ToUri(text) is Uri uri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary><c>[x, y, w, h]</c> as a box, or null unless four finite numbers with x, y &gt;= 0 and w, h &gt; 0.</summary>
    private static FaceBox? Box(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != 4)
        {
            return null;
        }

        var n = new double[4];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetDouble(out n[i]) || !FaceBox.Finite(n[i]) || Math.Abs(n[i]) > 1e7)
            {
                return null;
            }

            i++;
        }

        var box = FaceBox.FromRegion(n[0], n[1], n[2], n[3]);
        return box.IsValid ? box : null;
    }

    private static List<JsonElement> Array(JsonElement frame, string name) =>
        frame.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : new List<JsonElement>();
}
