using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolVoiceChange: a recording said again in another voice (VoiceLab; Akool Multilingual 1 voices).</summary>
[Cmdlet(VerbsCommon.New, "AkoolVoiceChange", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolVoiceChangeCommand : AkoolVoiceCreateCmdlet
{
    /// <summary>The recording: an http(s) address of an mp3, mp4, wav or similar file (up to 50 MB).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Url")]
    public Uri SourceUrl { get; set; } = null!;

    /// <summary>Remove the recording's background noise.</summary>
    [Parameter]
    public SwitchParameter RemoveBackgroundNoise { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = WithVoice(new VoiceChangeRequest
        {
            SourceUrl = SourceUrl,
            RemoveBackgroundNoise = RemoveBackgroundNoise.IsPresent ? true : null,
        });
        Submit(request, VoiceLabChecks.Check, SourceUrl, $"Say the recording again in voice {Voice} (Akool charges per minute)", ActiveSession.Client.CreateVoiceChangeAsync);
    }
}
