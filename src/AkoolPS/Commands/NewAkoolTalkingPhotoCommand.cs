using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Completion;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolTalkingPhoto: makes a photo speak an audio track.</summary>
[Cmdlet(VerbsCommon.New, "AkoolTalkingPhoto", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolTalkingPhotoCommand : AkoolCreateCmdlet
{
    /// <summary>The photo: an http(s) address Akool can download, with a clearly visible face.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("TalkingPhotoUrl", "ImageUrl")]
    public Uri PhotoUrl { get; set; } = null!;

    /// <summary>The speech: an http(s) address of an audio file (MP3 recommended); its length sets the video's.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public Uri AudioUrl { get; set; } = null!;

    /// <summary>How the person should move, e.g. which hand gestures to use.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyString]
    public string? Prompt { get; set; }

    /// <summary>720 or 1080 (lines); higher takes longer.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(PhotoResolutionCompleter))]
    public string? Resolution { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = new TalkingPhotoRequest { PhotoUrl = PhotoUrl, AudioUrl = AudioUrl, Prompt = string.IsNullOrWhiteSpace(Prompt) ? null : Prompt, Resolution = Resolution, WebhookUrl = WebhookUrl };
        Submit(request, RequestChecks.Check, PhotoUrl, "Make a talking photo speaking " + AudioUrl, ActiveSession.Client.CreateTalkingPhotoAsync);
    }
}
