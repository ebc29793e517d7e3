namespace AkoolPS.Simulator;

/// <summary>
/// An image generation: from a prompt (createbyprompt) or from a button of a finished one (createbybutton:
/// U1-U4 upscale one of its four pictures, V1-V4 make variations of one). A prompt image and a variation
/// offer the eight buttons once completed; an upscale offers none.
/// </summary>
internal sealed record ImageDetails(
    string Prompt,
    string Scale,
    string SourceImage,
    string? ParentId = null,
    string? Button = null) : JobDetails
{
    /// <summary>The docs' samples deduct 2 credits for either call.</summary>
    public const int Price = 2;

    public static readonly IReadOnlyList<string> Scales = ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"];

    public static readonly IReadOnlyList<string> AllButtons = ["U1", "U2", "U3", "U4", "V1", "V2", "V3", "V4"];

    public override JobKind Kind => JobKind.Image;

    public override int Credits => Price;

    public bool IsUpscale => Button is not null && Button.StartsWith('U');

    /// <summary>The buttons a completed image offers.</summary>
    public IReadOnlyList<string> Buttons => IsUpscale ? [] : AllButtons;

    /// <summary>The docs' <c>type</c>: 3 in the result sample, 4 in the prompt sample; kept as in the samples.</summary>
    public int Type => ParentId is null ? 4 : 3;
}
