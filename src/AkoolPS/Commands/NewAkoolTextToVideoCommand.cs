using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client.Models;
using AkoolPS.Completion;

namespace AkoolPS.Commands;

/// <summary>New-AkoolTextToVideo: videos generated from a prompt by one of Akool's models, each its own job.</summary>
[Cmdlet(VerbsCommon.New, "AkoolTextToVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolTextToVideoCommand : AkoolModelCreateCmdlet
{
    /// <summary>What the video shows (up to 5000 characters).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Prompt { get; set; } = string.Empty;

    /// <summary>The model (Get-AkoolModel -For TextToVideo); its lists decide the resolutions, lengths and count.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TextToVideoModelCompleter))]
    public string Model { get; set; } = string.Empty;

    /// <summary>What the video should avoid (up to 1000 characters).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? NegativePrompt { get; set; }

    /// <summary>One of the model's resolutions; the model's first when not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Resolution { get; set; }

    /// <summary>One of the model's lengths, in seconds; the model's first when not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("VideoLength")]
    public int? Length { get; set; }

    /// <summary>How many videos to make, 1 to 10 (no more than the model makes per call).</summary>
    [Parameter]
    [ValidateRange(1, 10)]
    public int Count { get; set; } = 1;

    /// <summary>Let Akool extend the prompt (models that support it).</summary>
    [Parameter]
    public SwitchParameter ExtendPrompt { get; set; }

    /// <summary>Where Akool posts an encrypted notice when each job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var extend = MyInvocation.BoundParameters.ContainsKey(nameof(ExtendPrompt)) ? ExtendPrompt.IsPresent : (bool?)null;
        SubmitWithModel(AkoolVideoKind.TextToVideo, Model, Prompt, model => new ModelVideoRequest
        {
            Kind = AkoolVideoKind.TextToVideo,
            Model = model,
            Prompt = Prompt,
            NegativePrompt = NegativePrompt,
            ExtendPrompt = extend,
            Resolution = Resolution,
            LengthSeconds = Length,
            Count = Count,
            WebhookUrl = WebhookUrl,
        });
    }
}
