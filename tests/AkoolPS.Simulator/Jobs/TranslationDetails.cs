namespace AkoolPS.Simulator;

/// <summary>One target language of a createbytranslate call.</summary>
internal sealed record TranslationDetails(
    string TargetVideo,
    string TargetLanguage,
    string SourceLanguage,
    bool Lipsync,
    int SpeakerNum) : V3VideoDetails
{
    public override JobKind Kind => JobKind.VideoTranslation;

    public override string? Language => TargetLanguage;

    public override string? Source => TargetVideo;

    protected override string LengthSource => TargetVideo;
}
