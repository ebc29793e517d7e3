namespace AkoolPS.Simulator;

/// <summary>
/// One video of a batch call (image2Video/createBySourcePrompt/batch or text2Video/createByPrompt/batch):
/// the model chosen, and the batch it belongs to. Priced from the model list: the resolution's
/// <c>unit_credit</c> for every second. Image to video has an image (and maybe a last frame); text to video none.
/// </summary>
internal sealed record BatchVideoDetails(
    JobKind VideoKind,
    string ImageUrl,
    string Prompt,
    string NegativePrompt,
    bool ExtendPrompt,
    string Resolution,
    int VideoLength,
    string ModelName,
    string LastImageUrl,
    bool GenerateAudio,
    string BatchId,
    int BatchCount,
    int UnitCredit) : JobDetails
{
    // As createBySourcePrompt: the prefix and the prompt's first 24 characters.
    private const int FileNamePromptLength = 24;

    public override JobKind Kind => VideoKind;

    public override int Credits => UnitCredit * VideoLength;

    public string FileName =>
        $"{(VideoKind == JobKind.TextToVideo ? "Text2Video_" : "Image2Video_")}{Prompt[..Math.Min(FileNamePromptLength, Prompt.Length)]}.mp4";
}
