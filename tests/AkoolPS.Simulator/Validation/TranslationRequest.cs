namespace AkoolPS.Simulator;

/// <summary>A createbytranslate body that passed validation: what the jobs need from it.</summary>
internal sealed record TranslationRequest(
    string Url,
    IReadOnlyList<string> Languages,
    string SourceLanguage,
    bool Lipsync,
    int SpeakerNum,
    string WebhookUrl)
{
    /// <summary>"Detect the source language automatically", the documented default.</summary>
    public const string AutoDetect = "DEFAULT";
}
