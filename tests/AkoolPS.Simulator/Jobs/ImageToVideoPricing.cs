using System.Collections.Frozen;

namespace AkoolPS.Simulator;

/// <summary>The official image-to-video pricing tables, and the values createBySourcePrompt accepts.</summary>
internal static class ImageToVideoPricing
{
    public static readonly IReadOnlyList<string> Resolutions = ["720p", "1080p", "4k"];

    public static readonly IReadOnlyList<int> Lengths = [5, 10];

    // "Image to Video": credits per video for 5 seconds; 10 seconds cost twice as much.
    private static readonly FrozenDictionary<string, int> FiveSecondCredits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["720p"] = 20,
        ["1080p"] = 25,
        ["4k"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static int VideoCredits(string resolution, int lengthSeconds) => FiveSecondCredits[resolution] * lengthSeconds / 5;

    /// <summary>"Video to Audio", charged when audio is added separately (updateVideoAudio): 5 or 10 credits.</summary>
    public static int AudioCredits(int lengthSeconds) => lengthSeconds;
}
