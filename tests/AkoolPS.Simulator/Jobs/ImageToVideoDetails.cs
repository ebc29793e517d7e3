namespace AkoolPS.Simulator;

/// <summary>
/// A createBySourcePrompt call, or (with <see cref="PreVideoId"/>) the new job updateVideoAudio makes from a
/// finished one: the same record with the new audio, as the docs' sample copies the source's fields.
/// </summary>
internal sealed record ImageToVideoDetails(
    string ImageUrl,
    string Prompt,
    string NegativePrompt,
    bool ExtendPrompt,
    string Resolution,
    int AudioType,
    string AudioUrl,
    int VideoLength,
    bool PremiumModel,
    string EffectCode,
    string? PreVideoId = null) : JobDetails
{
    public const int GeneratedAudio = 1;
    public const int UserAudio = 2;
    public const int NoAudio = 3;

    // The docs' sample: "Image2Video_" and the prompt's first 24 characters ("Animate this image with ").
    private const int FileNamePromptLength = 24;

    public override JobKind Kind => JobKind.ImageToVideo;

    public bool OnlyAddAudio => PreVideoId is not null;

    public override int Credits => OnlyAddAudio
        ? ImageToVideoPricing.AudioCredits(VideoLength)
        : ImageToVideoPricing.VideoCredits(Resolution, VideoLength);

    public string EffectName => EffectCatalogue.NameOf(EffectCode);

    public string FileName => $"Image2Video_{(Prompt.Length > 0 ? Prompt[..Math.Min(FileNamePromptLength, Prompt.Length)] : EffectName)}.mp4";

    /// <summary>The docs show 5.063 for a 5-second video: a little over the length asked for.</summary>
    public double VideoDuration => VideoLength + 0.063;

    public ImageToVideoDetails WithNewAudio(string preVideoId, int audioType, string audioUrl) =>
        this with { PreVideoId = preVideoId, AudioType = audioType, AudioUrl = audioUrl };
}
