using System;
using System.Management.Automation;
using AkoolPS.Client.Models;
using AkoolPS.Completion;

namespace AkoolPS.Base;

/// <summary>
/// The base of the creates that speak in a voice (New-AkoolSpeech, New-AkoolVoiceChange): the voice, how it
/// sounds, the audio format and the webhook, as parameters and as the request fields they fill.
/// </summary>
public abstract class AkoolVoiceCreateCmdlet : AkoolCreateCmdlet
{
    /// <summary>The voice that speaks: a voice from Get-AkoolVoice, a voice id, or a finished New-AkoolVoiceClone job. Tab completes names.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("VoiceId")]
    [VoiceArgument]
    [ArgumentCompleter(typeof(VoiceCompleter))]
    public string Voice { get; set; } = string.Empty;

    /// <summary>How fast to speak, 0.7 to 1.2.</summary>
    [Parameter]
    [ValidateRange(0.7, 1.2)]
    public double? Speed { get; set; }

    /// <summary>Voice stability, 0 to 1 (Akool Multilingual 1 voices).</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? Stability { get; set; }

    /// <summary>How closely to keep to the voice, 0 to 1 (Akool Multilingual 1 voices).</summary>
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

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <summary><paramref name="request"/> with the voice and its options as the parameters give them.</summary>
    protected TRequest WithVoice<TRequest>(TRequest request)
        where TRequest : VoiceRequest => (TRequest)(request with
        {
            VoiceId = Voice,
            Speed = Speed,
            Stability = Stability,
            SimilarityBoost = SimilarityBoost,
            StyleStrength = StyleStrength,
            Format = Format,
            WebhookUrl = WebhookUrl,
        });
}
