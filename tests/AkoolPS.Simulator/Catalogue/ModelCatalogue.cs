using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// The AI models of <c>GET /v4/aigModel/list</c>: the two image-to-video models of the official sample, and
/// others chosen so that models differ in every way a client must check (resolutions, lengths, prices,
/// batch size, last frame, audio, prompt extension).
/// </summary>
internal static class ModelCatalogue
{
    public const int ImageToVideo = 1501;
    public const int TextToVideo = 1502;
    public const int CharacterSwap = 2101;

    /// <summary>The model a batch call uses when it names none: the first image-to-video model.</summary>
    public const string DefaultImageModel = "AkoolImage2VideoFastV1";

    /// <summary>The model a text-to-video call uses when it names none.</summary>
    public const string DefaultTextModel = "seedance-1-0-lite-t2v-250428";

    public static readonly IReadOnlyList<AigModel> All =
    [
        new(100, "akool", ImageToVideo, "Akool Image2Video Fast V1", DefaultImageModel, "Fast image to video generation with Akool's AI",
            [Res("720p", 1280, 720, 5), Res("1080p", 1920, 1080, 10), Res("4k", 3840, 2160, 20)], false, null, [5, 10], false, false, false, 10),
        new(95, "seedance", ImageToVideo, "Seedance Lite Image2Video", "seedance-1-0-lite-i2v-250428", "Seedance Lite model for image to video generation",
            [Res("480p", 854, 480, 3), Res("720p", 1280, 720, 5), Res("1080p", 1920, 1080, 10)], false, null, [5, 10], false, true, false, 10),
        new(90, "google", ImageToVideo, "Veo 3 Fast", "veo-3-fast-i2v", "Image to video with a generated sound track",
            [Res("720p", 1280, 720, 15), Res("1080p", 1920, 1080, 25)], true, true, [8], true, false, true, 4),
        new(100, "seedance", TextToVideo, "Seedance Lite Text2Video", DefaultTextModel, "Seedance Lite model for text to video generation",
            [Res("480p", 854, 480, 3), Res("720p", 1280, 720, 5), Res("1080p", 1920, 1080, 10)], false, null, [5, 10], false, false, true, 10),
        new(80, "minimax", TextToVideo, "Hailuo 02", "MiniMax-Hailuo-02", "Text to video in one length",
            [Res("768p", 1366, 768, 8)], true, false, [6], true, false, false, 2),
        new(100, "akool", CharacterSwap, "Character Swap Animate", "wan2.2-animate", "Animate or replace a character in a video",
            [Res("480p", 854, 480, 4), Res("720p", 1280, 720, 8)], false, null, [5, 10], false, false, false, 1),
    ];

    /// <summary>The models of the types asked for, highest <c>sort</c> first; unknown types add nothing, as the docs say.</summary>
    public static IReadOnlyList<AigModel> OfTypes(IEnumerable<int> types)
    {
        var wanted = types.ToHashSet();
        return [.. All.Where(model => wanted.Contains(model.Type)).OrderByDescending(model => model.Sort)];
    }

    public static AigModel? Find(int type, string name) => All.FirstOrDefault(model => model.Type == type && model.Value == name);

    private static ModelResolution Res(string value, int width, int height, int unitCredit) => new(value, value, width, height, unitCredit);
}

/// <summary>One model as the list shows it (the official field names).</summary>
internal sealed record AigModel(
    [property: JsonPropertyName("sort")] int Sort,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("resolutionList")] IReadOnlyList<ModelResolution> ResolutionList,
    [property: JsonPropertyName("isPro")] bool IsPro,
    [property: JsonPropertyName("generate_audio")] bool? GenerateAudio,
    [property: JsonPropertyName("durationList")] IReadOnlyList<int> DurationList,
    [property: JsonPropertyName("requiresPay")] bool RequiresPay,
    [property: JsonPropertyName("supportedLastFrame")] bool SupportedLastFrame,
    [property: JsonPropertyName("supportedExtendPrompt")] bool SupportedExtendPrompt,
    [property: JsonPropertyName("maxCount")] int MaxCount)
{
    [JsonPropertyName("group")]
    public string Group => Provider;

    [JsonPropertyName("maxImageCount")]
    public int MaxImageCount => Type == ModelCatalogue.TextToVideo ? 0 : 1;

    public ModelResolution? Resolution(string value) => ResolutionList.FirstOrDefault(r => r.Value == value);

    /// <summary>What one video costs: the resolution's <c>unit_credit</c> for every second.</summary>
    public int CreditsFor(string resolution, int seconds) => Resolution(resolution)!.UnitCredit * seconds;
}

/// <summary>One entry of a model's <c>resolutionList</c>.</summary>
internal sealed record ModelResolution(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("unit_credit")] int UnitCredit);
