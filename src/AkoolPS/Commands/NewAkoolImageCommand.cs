using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client.Generation;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// New-AkoolImage: an image generated from a prompt (and maybe a source image), or an upscale (U1-U4) or
/// variations (V1-V4) of one of the four pictures of a finished image.
/// </summary>
[Cmdlet(VerbsCommon.New, "AkoolImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = PromptSet)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolImageCommand : AkoolCreateCmdlet
{
    private const string PromptSet = "Prompt";
    private const string ButtonSet = "Button";

    /// <summary>What to draw.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PromptSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Prompt { get; set; } = string.Empty;

    /// <summary>The aspect ratio (Akool's scale); 1:1 when not given.</summary>
    [Parameter(ParameterSetName = PromptSet, ValueFromPipelineByPropertyName = true)]
    [ValidateSet("1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3")]
    public string? AspectRatio { get; set; }

    /// <summary>An image to start from (image to image).</summary>
    [Parameter(ParameterSetName = PromptSet, ValueFromPipelineByPropertyName = true)]
    public Uri? SourceImageUrl { get; set; }

    /// <summary>A finished image job, from New-AkoolImage -Wait or Wait-AkoolVideo.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ButtonSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public AkoolVideo Image { get; set; } = null!;

    /// <summary>U1-U4 upscale one of its four pictures; V1-V4 make variations of one.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ButtonSet)]
    [ValidateSet("U1", "U2", "U3", "U4", "V1", "V2", "V3", "V4")]
    public string Button { get; set; } = string.Empty;

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ButtonSet)
        {
            var button = new ImageButtonRequest
            {
                ImageId = Image.Id,
                Button = Button.ToUpperInvariant(),
                SourceKind = Image.Kind,
                SourceStatus = Image.Status,
                WebhookUrl = WebhookUrl,
            };
            var what = Button.StartsWith("U", StringComparison.OrdinalIgnoreCase) ? "Upscale picture " : "Make variations of picture ";
            Submit(button, GenerationChecks.Check, Image.Id, what + Button.Substring(1), ActiveSession.Client.CreateImageByButtonAsync);
            return;
        }

        var request = new ImageRequest { Prompt = Prompt, AspectRatio = AspectRatio, SourceImageUrl = SourceImageUrl, WebhookUrl = WebhookUrl };
        Submit(request, GenerationChecks.Check, Prompt, $"Generate a {AspectRatio ?? "1:1"} image", ActiveSession.Client.CreateImageAsync);
    }
}
