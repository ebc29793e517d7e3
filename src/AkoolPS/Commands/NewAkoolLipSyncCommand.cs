using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolLipSync: makes a video's lips follow a new audio track.</summary>
[Cmdlet(VerbsCommon.New, "AkoolLipSync", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolLipSyncCommand : AkoolCreateCmdlet
{
    /// <summary>The video: an http(s) address Akool can download (below 25 fps works best).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Url")]
    public Uri VideoUrl { get; set; } = null!;

    /// <summary>The new audio: an http(s) address, best as long as the video.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public Uri AudioUrl { get; set; } = null!;

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = new LipSyncRequest { VideoUrl = VideoUrl, AudioUrl = AudioUrl, WebhookUrl = WebhookUrl };
        Submit(request, RequestChecks.Check, VideoUrl, "Lip-sync to " + AudioUrl, ActiveSession.Client.CreateLipSyncAsync);
    }
}
