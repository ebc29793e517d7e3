using System;
using System.Collections;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;
using AkoolPS.Completion;

namespace AkoolPS.Commands;

/// <summary>New-AkoolSpeech: text to speech in one of Akool's voices or your clone (VoiceLab); one job per text.</summary>
[Cmdlet(VerbsCommon.New, "AkoolSpeech", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolSpeechCommand : AkoolCreateCmdlet
{
    /// <summary>The text to read (up to 50,000 characters); texts piped in make one job each.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Text { get; set; } = string.Empty;

    /// <summary>The voice: a voice from Get-AkoolVoice, a voice id, or a finished New-AkoolVoiceClone job. Tab completes names.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("VoiceId")]
    [VoiceArgument]
    [ArgumentCompleter(typeof(VoiceCompleter))]
    public string Voice { get; set; } = string.Empty;

    /// <summary>The text's language as an ISO 639-1 code (en, pt, zh); helps with less common languages.</summary>
    [Parameter]
    public string? Language { get; set; }

    /// <summary>How fast to speak, 0.7 to 1.2.</summary>
    [Parameter]
    [ValidateRange(0.7, 1.2)]
    public double? Speed { get; set; }

    /// <summary>How loud, 0 to 100 (Akool Multilingual 2 and 3 voices).</summary>
    [Parameter]
    [ValidateRange(0, 100)]
    public int? Volume { get; set; }

    /// <summary>The emotion (Chinese voices of Akool Multilingual 2 and 3).</summary>
    [Parameter]
    [ValidateSet("happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral", IgnoreCase = true)]
    public string? Emotion { get; set; }

    /// <summary>Voice stability, 0 to 1 (Akool Multilingual 1 voices).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? Stability { get; set; }

    /// <summary>How closely to keep to the original voice, 0 to 1 (Akool Multilingual 1 voices).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? SimilarityBoost { get; set; }

    /// <summary>How strongly to apply the voice's style, 0 to 1 (Akool's voice_options.style).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? StyleStrength { get; set; }

    /// <summary>The audio format: mp3 (Akool's default) or wav.</summary>
    [Parameter]
    [ValidateSet("mp3", "wav", IgnoreCase = true)]
    public string? Format { get; set; }

    /// <summary>Further voice_options and extra_options by Akool's names, e.g. @{ speaker_boost = $true; previous_text = '...' }.</summary>
    [Parameter]
    public Hashtable? Option { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = new SpeechRequest
        {
            Text = Text,
            VoiceId = Voice,
            Language = Language,
            Speed = Speed,
            Volume = Volume,
            Emotion = Emotion,
            Stability = Stability,
            SimilarityBoost = SimilarityBoost,
            StyleStrength = StyleStrength,
            Format = Format,
            Options = PlainValues.From(Option),
            WebhookUrl = WebhookUrl,
        };
        var target = Text.Length > 40 ? Text.Substring(0, 40) + "…" : Text;
        Submit(request, VoiceLabChecks.Check, target, $"Read {Text.Length:N0} characters in voice {Voice} (Akool charges per 1,000 characters)", ActiveSession.Client.CreateSpeechAsync);
    }
}
