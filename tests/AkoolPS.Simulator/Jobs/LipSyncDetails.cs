namespace AkoolPS.Simulator;

/// <summary>A lipsync call: the video keeps its length, its lips follow the audio.</summary>
internal sealed record LipSyncDetails(string VideoUrl, string AudioUrl) : V3VideoDetails
{
    public override JobKind Kind => JobKind.LipSync;

    public override string? Source => VideoUrl;

    protected override string LengthSource => VideoUrl;
}
