namespace AkoolPS.Simulator;

/// <summary>A createbytalkingphoto call. The docs say the audio's duration sets the video's length.</summary>
internal sealed record TalkingPhotoDetails(string PhotoUrl, string AudioUrl, string Prompt, string Resolution) : V3VideoDetails
{
    public override JobKind Kind => JobKind.TalkingPhoto;

    public override string? Source => PhotoUrl;

    protected override string LengthSource => AudioUrl;
}
