using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>The two head swap bodies of the official pages: analyze (<c>video_url</c>, <c>type: "head"</c>) and task/create.</summary>
internal static class HeadSwapRequestValidator
{
    public const int MaxMappings = 5;

    private static readonly string[] Models = ["akool-premium"];
    private static readonly string[] Resolutions = ["480p", "720p"];
    private static readonly HashSet<string> AnalyzeFields = ["video_url", "type"];
    private static readonly HashSet<string> CreateFields = ["video_url", "mappings", "model_name", "resolution", "template_id", "keep_original_sound", "webhookUrl"];
    private static readonly HashSet<string> MappingFields = ["obj_id", "img_url"];

    public static string ValidateAnalysis(JsonElement body)
    {
        StrictFields.Only(body, AnalyzeFields);
        var video = JsonFields.RequiredHttpUrl(body, "video_url");
        Require.OneOf(JsonFields.RequiredString(body, "type"), ["head"], "type");
        return video;
    }

    /// <returns>The task, without the analysis facts (<see cref="HeadSwapDetails.VideoDuration"/> is 0 until the caller sets it).</returns>
    public static JobRequest<HeadSwapDetails> ValidateTask(JsonElement body)
    {
        StrictFields.Only(body, CreateFields);
        var video = JsonFields.RequiredHttpUrl(body, "video_url");
        var array = JsonFields.OptionalArray(body, "mappings") ?? throw new RequestValidationException("mappings is required");
        var mappings = new List<(int, string)>();
        foreach (var item in array.EnumerateArray())
        {
            var name = $"mappings[{mappings.Count}]";
            Require.That(item.ValueKind == JsonValueKind.Object, $"{name} must be an object");
            StrictFields.Only(item, MappingFields, name);
            Require.That(item.TryGetProperty("obj_id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt32(out _), $"{name}.obj_id must be a number");
            var url = JsonFields.RequiredString(item, "img_url", name);
            Require.HttpUrl(url, name + ".img_url");
            mappings.Add((id.GetInt32(), url));
        }

        Require.That(mappings.Count >= 1, "mappings must hold at least 1 entry");
        Require.That(mappings.Count <= MaxMappings, "Up to 5 characters can be replaced at one time.");
        Require.That(mappings.Select(m => m.Item1).Distinct().Count() == mappings.Count, "mappings must name each obj_id once");
        var model = JsonFields.RequiredString(body, "model_name");
        Require.OneOf(model, Models, "model_name");
        var resolution = JsonFields.RequiredString(body, "resolution");
        Require.OneOf(resolution, Resolutions, "resolution");
        var template = JsonFields.OptionalString(body, "template_id") ?? string.Empty;
        var keep = JsonFields.OptionalBool(body, "keep_original_sound") ?? true;
        var webhookUrl = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        return new JobRequest<HeadSwapDetails>(new HeadSwapDetails(video, mappings, model, resolution, keep, template, 0), webhookUrl);
    }
}
