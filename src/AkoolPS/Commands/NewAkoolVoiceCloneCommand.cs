using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// New-AkoolVoiceClone: clones a voice from a recording (VoiceLab). The finished job carries the new
/// VoiceId and pipes into New-AkoolSpeech -Voice.
/// </summary>
[Cmdlet(VerbsCommon.New, "AkoolVoiceClone", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolVoiceCloneCommand : AkoolCreateCmdlet
{
    /// <summary>The recording: an http(s) address of an mp3, mp4, wav or similar file (up to 30 MB).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Url")]
    public Uri SourceUrl { get; set; } = null!;

    /// <summary>The new voice's name.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    /// <summary>The recording's language as an ISO 639-1 code (Akool assumes en).</summary>
    [Parameter]
    public string? Language { get; set; }

    /// <summary>The voice model: Akool Multilingual 1 (Akool's default), 3 or 4.</summary>
    [Parameter]
    [ValidateSet("Akool Multilingual 1", "Akool Multilingual 3", "Akool Multilingual 4", IgnoreCase = true)]
    public string? Model { get; set; }

    /// <summary>Remove the recording's background noise first.</summary>
    [Parameter]
    public SwitchParameter RemoveBackgroundNoise { get; set; }

    /// <summary>Gender tags (Male, Female).</summary>
    [Parameter]
    public string[]? Gender { get; set; }

    /// <summary>Age tags (Young, Middle, Elderly).</summary>
    [Parameter]
    public string[]? Age { get; set; }

    /// <summary>Style tags (Authoritative, Calm, ...).</summary>
    [Parameter]
    public string[]? Style { get; set; }

    /// <summary>Scenario tags (Advertisement, Education, ...).</summary>
    [Parameter]
    public string[]? Scenario { get; set; }

    /// <summary>The recording's exact words, punctuation included (Akool's clone_prompt; Akool Multilingual 3, recordings under 8 seconds).</summary>
    [Parameter]
    public string? Prompt { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = new VoiceCloneRequest
        {
            SourceUrl = SourceUrl,
            Name = Name,
            Language = Language,
            Model = Model,
            RemoveBackgroundNoise = RemoveBackgroundNoise.IsPresent ? true : null,
            Gender = Gender,
            Age = Age,
            Style = Style,
            Scenario = Scenario,
            Prompt = string.IsNullOrWhiteSpace(Prompt) ? null : Prompt,
            WebhookUrl = WebhookUrl,
        };
        Submit(request, VoiceLabChecks.Check, SourceUrl, $"Clone the voice of this recording as '{Name}' (takes one of your plan's voice clones)", ActiveSession.Client.CreateVoiceCloneAsync);
    }
}
