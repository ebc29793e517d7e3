using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;
using AkoolPS.Completion;

namespace AkoolPS.Commands;

/// <summary>New-AkoolVoiceChange: a recording said again in another voice (VoiceLab; Akool Multilingual 1 voices).</summary>
[Cmdlet(VerbsCommon.New, "AkoolVoiceChange", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolVoiceChangeCommand : AkoolCreateCmdlet
{
    /// <summary>The recording: an http(s) address of an mp3, mp4, wav or similar file (up to 50 MB).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Url")]
    public Uri SourceUrl { get; set; } = null!;

    /// <summary>The new voice: a voice from Get-AkoolVoice, a voice id, or a finished New-AkoolVoiceClone job. Tab completes names.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("VoiceId")]
    [VoiceArgument]
    [ArgumentCompleter(typeof(VoiceCompleter))]
    public string Voice { get; set; } = string.Empty;

    /// <summary>How fast to speak, 0.7 to 1.2.</summary>
    [Parameter]
    [ValidateRange(0.7, 1.2)]
    public double? Speed { get; set; }

    /// <summary>Voice stability, 0 to 1.</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? Stability { get; set; }

    /// <summary>How closely to keep to the new voice, 0 to 1.</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? SimilarityBoost { get; set; }

    /// <summary>How strongly to apply the voice's style, 0 to 1.</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? StyleStrength { get; set; }

    /// <summary>The audio format: mp3 (Akool's default) or wav.</summary>
    [Parameter]
    [ValidateSet("mp3", "wav", IgnoreCase = true)]
    public string? Format { get; set; }

    /// <summary>Remove the recording's background noise.</summary>
    [Parameter]
    public SwitchParameter RemoveBackgroundNoise { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = new VoiceChangeRequest
        {
            SourceUrl = SourceUrl,
            VoiceId = Voice,
            Speed = Speed,
            Stability = Stability,
            SimilarityBoost = SimilarityBoost,
            StyleStrength = StyleStrength,
            Format = Format,
            RemoveBackgroundNoise = RemoveBackgroundNoise.IsPresent ? true : null,
            WebhookUrl = WebhookUrl,
        };
        Submit(request, VoiceLabChecks.Check, SourceUrl, $"Say the recording again in voice {Voice} (Akool charges per minute)", ActiveSession.Client.CreateVoiceChangeAsync);
    }
}
