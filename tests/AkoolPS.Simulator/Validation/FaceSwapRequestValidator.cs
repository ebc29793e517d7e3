using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// A faceswapPlusByImage body, checked against the official page: <c>source_url</c> and <c>target_url</c>
/// always; in multi-face mode (the default) a non-empty <c>face_mapping</c> whose every pair names a source
/// and a target face; and a <c>bbox</c> <c>[x1, y1, x2, y2]</c> for every face URL that is not a crop of the
/// face detection (a whole uploaded image), as the page's "When is bbox required?" table says.
/// </summary>
internal static class FaceSwapRequestValidator
{
    public const string DefaultStyle = "realistic";

    private static readonly string[] Styles = ["realistic", "beautify", "lossless"];

    private static readonly HashSet<string> Known = ["source_url", "target_url", "webhookUrl", "face_enhance", "model_style", "face_mapping", "single_face_mode"];
    private static readonly HashSet<string> PairFields = ["source_face_info", "target_face_info"];
    private static readonly HashSet<string> FaceFields = ["face_url", "bbox"];

    public static JobRequest<FaceSwapDetails> Validate(JsonElement body)
    {
        StrictFields.Only(body, Known);
        var source = JsonFields.RequiredHttpUrl(body, "source_url");
        var target = JsonFields.RequiredHttpUrl(body, "target_url");
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        var enhance = JsonFields.OptionalBool(body, "face_enhance") ?? false;
        var style = JsonFields.OptionalString(body, "model_style") ?? DefaultStyle;
        Require.OneOf(style, Styles, "model_style");
        var single = JsonFields.OptionalBool(body, "single_face_mode") ?? false;
        var pairs = new List<FaceMappingPair>();
        if (JsonFields.OptionalArray(body, "face_mapping") is { } mapping)
        {
            var index = 0;
            foreach (var item in mapping.EnumerateArray())
            {
                pairs.Add(Pair(item, $"face_mapping[{index++}]"));
            }
        }

        Require.That(single || pairs.Count > 0, "face_mapping is required when single_face_mode is false");
        return new JobRequest<FaceSwapDetails>(new FaceSwapDetails(source, target, style, enhance, single, pairs), webhookUrl);
    }

    private static FaceMappingPair Pair(JsonElement item, string name)
    {
        Require.That(item.ValueKind == JsonValueKind.Object, $"{name} must be an object");
        StrictFields.Only(item, PairFields, name);
        var (sourceUrl, sourceBox) = Face(StrictFields.RequiredObject(item, "source_face_info", name), $"{name}.source_face_info");
        var (targetUrl, targetBox) = Face(StrictFields.RequiredObject(item, "target_face_info", name), $"{name}.target_face_info");
        return new FaceMappingPair(sourceUrl, sourceBox, targetUrl, targetBox);
    }

    private static (string Url, IReadOnlyList<double>? Box) Face(JsonElement info, string name)
    {
        StrictFields.Only(info, FaceFields, name);
        var url = JsonFields.RequiredString(info, "face_url", name);
        Require.HttpUrl(url, name + ".face_url");
        var box = Box(info, name);
        Require.That(
            box is not null || FaceDetectionEndpoints.IsCrop(url),
            $"{name}.bbox is required: face_url is not a face_urls crop of the face detection (get bbox from its crop_region)");
        return (url, box);
    }

    private static IReadOnlyList<double>? Box(JsonElement info, string name)
    {
        if (JsonFields.OptionalArray(info, "bbox", name) is not { } array)
        {
            return null;
        }

        var values = new List<double>();
        foreach (var value in array.EnumerateArray())
        {
            Require.That(value.ValueKind == JsonValueKind.Number, $"{name}.bbox must hold numbers");
            values.Add(value.GetDouble());
        }

        Require.That(values.Count == 4, $"{name}.bbox must be [x1, y1, x2, y2]");
        Require.That(values[0] >= 0 && values[1] >= 0 && values[2] > values[0] && values[3] > values[1], $"{name}.bbox must be [x1, y1, x2, y2] with x2 > x1 and y2 > y1");
        return values;
    }
}
