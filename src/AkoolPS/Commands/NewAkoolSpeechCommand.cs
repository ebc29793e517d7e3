using System.Collections;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolSpeech: text to speech in one of Akool's voices or your clone (VoiceLab); one job per text.</summary>
[Cmdlet(VerbsCommon.New, "AkoolSpeech", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolSpeechCommand : AkoolVoiceCreateCmdlet
{
    /// <summary>The text to read (up to 50,000 characters); texts piped in make one job each.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Text { get; set; } = string.Empty;

    /// <summary>The text's language as an ISO 639-1 code (en, pt, zh); helps with less common languages.</summary>
    [Parameter]
    public string? Language { get; set; }

    /// <summary>How loud, 0 to 100 (Akool Multilingual 2 and 3 voices).</summary>
    [Parameter]
    [ValidateRange(0, 100)]
    public int? Volume { get; set; }

    /// <summary>The emotion (Chinese voices of Akool Multilingual 2 and 3).</summary>
    [Parameter]
    [ValidateSet("happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral", IgnoreCase = true)]
    public string? Emotion { get; set; }

    /// <summary>Further voice_options and extra_options by Akool's names, e.g. @{ speaker_boost = $true; previous_text = '...' }.</summary>
    [Parameter]
    public Hashtable? Option { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = WithVoice(new SpeechRequest
        {
            Text = Text,
            Language = Language,
            Volume = Volume,
            Emotion = Emotion,
            Options = PlainValues.From(Option),
        });
        var target = Text.Length > 40 ? Text.Substring(0, 40) + "…" : Text;
        Submit(request, VoiceLabChecks.Check, target, $"Read {Text.Length:N0} characters in voice {Voice} (Akool charges per 1,000 characters)", ActiveSession.Client.CreateSpeechAsync);
    }
}
