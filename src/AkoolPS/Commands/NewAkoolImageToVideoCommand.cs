using System;
using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Completion;

namespace AkoolPS.Commands;

/// <summary>New-AkoolImageToVideo: animates an image as a prompt (or an effect) says.</summary>
[Cmdlet(VerbsCommon.New, "AkoolImageToVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SilentSet)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolImageToVideoCommand : AkoolModelCreateCmdlet
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

    /// <summary>720p (the default), 1080p or 4k; with -Model, one of the model's resolutions (default its first). The price rises with it.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Resolution { get; set; } = "720p";

    /// <summary>The video's length in seconds: 5 (the default) or 10 (pro plans); with -Model, one of the model's lengths (default its first).</summary>
    [Parameter]
    [Alias("VideoLength")]
    public int Length { get; set; } = 5;

    /// <summary>An AI model (Get-AkoolModel -For ImageToVideo); the call then goes through Akool's batch call.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ImageToVideoModelCompleter))]
    public string? Model { get; set; }

    /// <summary>The image the video ends on (models that support a last frame).</summary>
    [Parameter]
    public Uri? LastImageUrl { get; set; }

    /// <summary>How many videos to make, 1 to 10 (each its own job; no more than the model makes per call).</summary>
    [Parameter]
    [ValidateRange(1, 10)]
    public int Count { get; set; } = 1;

    /// <summary>A sound track for the video (an http(s) audio file).</summary>
    [Parameter(Mandatory = true, ParameterSetName = FileSet)]
    public Uri AudioUrl { get; set; } = null!;

    /// <summary>Let Akool generate a sound track.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GeneratedSet)]
    public SwitchParameter GenerateAudio { get; set; }

    /// <summary>An effect, by name or code (Get-AkoolEffect); when given, Akool ignores the prompt.</summary>
    [Parameter]
    [Alias("EffectCode")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(EffectCompleter))]
    public string? Effect { get; set; }

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
        if (Model is not null || LastImageUrl is not null || bound.ContainsKey(nameof(Count)))
        {
            if (Model is null)
            {
                Refuse(new AkoolValidationException("ModelRequired", "-LastImageUrl and -Count use Akool's model call: add -Model (Get-AkoolModel -For ImageToVideo lists the models).", ImageUrl), ImageUrl);
                return;
            }

            SubmitWithModel(AkoolVideoKind.ImageToVideo, Model, ImageUrl, model => ModelRequest(model, bound));
            return;
        }

        string? effectCode = null;
        if (Effect is not null && !TryEffectCode(Effect, out effectCode))
        {
            return;
        }

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
            EffectCode = effectCode,
            WebhookUrl = WebhookUrl,
        };
        Submit(request, RequestChecks.Check, ImageUrl, $"Animate into a {Length} s {Resolution} video", ActiveSession.Client.CreateImageToVideoAsync);
    }

    /// <summary>The batch call's request; what it cannot take (an audio file, an effect, the premium switch) is refused.</summary>
    private ModelVideoRequest ModelRequest(AiModelInfo model, System.Collections.Generic.Dictionary<string, object> bound)
    {
        if (AudioUrl is not null || Effect is not null || PremiumModel.IsPresent)
        {
            throw new AkoolValidationException("NotWithModel", "-AudioUrl, -Effect and -PremiumModel do not go with -Model, -LastImageUrl or -Count: Akool's model call has no such fields.", model.Name);
        }

        return new ModelVideoRequest
        {
            Kind = AkoolVideoKind.ImageToVideo,
            Model = model,
            ImageUrl = ImageUrl,
            Prompt = Prompt,
            NegativePrompt = NegativePrompt,
            ExtendPrompt = bound.ContainsKey(nameof(ExtendPrompt)) ? ExtendPrompt.IsPresent : null,
            Resolution = bound.ContainsKey(nameof(Resolution)) ? Resolution : null,
            LengthSeconds = bound.ContainsKey(nameof(Length)) ? Length : null,
            LastImageUrl = LastImageUrl,
            Count = Count,
            GenerateAudio = GenerateAudio.IsPresent ? true : null,
            WebhookUrl = WebhookUrl,
        };
    }

    /// <summary>The effect's code: a name of the session's effect list is turned into its code; anything else is sent as given.</summary>
    private bool TryEffectCode(string effect, out string code)
    {
        code = effect;
        var effects = ActiveSession.Client.CachedEffects;
        if (effects is null && !TryRun(token => ActiveSession.Client.GetEffectsAsync(false, token), effect, out effects))
        {
            return false;
        }

        code = effects.FirstOrDefault(e => string.Equals(e.Name, effect, StringComparison.OrdinalIgnoreCase))?.Code ?? effect;
        return true;
    }
}
