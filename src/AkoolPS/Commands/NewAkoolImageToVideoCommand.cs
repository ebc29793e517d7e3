using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolImageToVideo: animates an image as a prompt (or an effect) says.</summary>
[Cmdlet(VerbsCommon.New, "AkoolImageToVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SilentSet)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolImageToVideoCommand : AkoolCreateCmdlet
{
    private const string SilentSet = "NoAudio";
    private const string FileSet = "AudioFile";
    private const string GeneratedSet = "GeneratedAudio";

    /// <summary>The image: an http(s) address Akool can download.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public Uri ImageUrl { get; set; } = null!;

    /// <summary>How to animate the image (Akool ignores it when -EffectCode is given).</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public string Prompt { get; set; } = string.Empty;

    /// <summary>What the animation should avoid.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string NegativePrompt { get; set; } = string.Empty;

    /// <summary>Let Akool extend the prompt with its own defaults.</summary>
    [Parameter]
    public SwitchParameter ExtendPrompt { get; set; }

    /// <summary>720p (the default), 1080p or 4k; the price rises with it.</summary>
    [Parameter]
    [ValidateSet("720p", "1080p", "4k")]
    public string Resolution { get; set; } = "720p";

    /// <summary>The video's length in seconds: 5 (the default) or 10 (pro plans).</summary>
    [Parameter]
    [Alias("VideoLength")]
    [ValidateSet("5", "10")]
    public int Length { get; set; } = 5;

    /// <summary>A sound track for the video (an http(s) audio file).</summary>
    [Parameter(Mandatory = true, ParameterSetName = FileSet)]
    public Uri AudioUrl { get; set; } = null!;

    /// <summary>Let Akool generate a sound track.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GeneratedSet)]
    public SwitchParameter GenerateAudio { get; set; }

    /// <summary>An effect code; when given, Akool ignores the prompt.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? EffectCode { get; set; }

    /// <summary>Use the premium model, which is faster (pro plans).</summary>
    [Parameter]
    public SwitchParameter PremiumModel { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var bound = MyInvocation.BoundParameters;
        var request = new ImageToVideoRequest
        {
            ImageUrl = ImageUrl,
            Prompt = Prompt,
            NegativePrompt = NegativePrompt,
            ExtendPrompt = bound.ContainsKey(nameof(ExtendPrompt)) ? ExtendPrompt.IsPresent : null,
            Resolution = Resolution.ToLowerInvariant(),
            LengthSeconds = Length,
            Audio = ParameterSetName switch { FileSet => VideoAudioSource.File, GeneratedSet => VideoAudioSource.Generated, _ => VideoAudioSource.None },
            AudioUrl = ParameterSetName == FileSet ? AudioUrl : null,
            PremiumModel = bound.ContainsKey(nameof(PremiumModel)) ? PremiumModel.IsPresent : null,
            EffectCode = EffectCode,
            WebhookUrl = WebhookUrl,
        };
        Submit(request, RequestChecks.Check, ImageUrl, $"Animate into a {Length} s {Resolution} video", ActiveSession.Client.CreateImageToVideoAsync);
    }
}
