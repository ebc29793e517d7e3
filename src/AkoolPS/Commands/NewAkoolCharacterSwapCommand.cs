using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolCharacterSwap: a character image animated by a video's motion, or put in place of the video's person.</summary>
[Cmdlet(VerbsCommon.New, "AkoolCharacterSwap", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolCharacterSwapCommand : AkoolCreateCmdlet
{
    /// <summary>The character image: an http(s) address of a PNG or JPEG with a clearly visible face.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public Uri ImageUrl { get; set; } = null!;

    /// <summary>The video whose motion is applied: an http(s) address of an MP4 of at most 120 seconds.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public Uri VideoUrl { get; set; } = null!;

    /// <summary>Animate (Akool's default): the character moves as the video does; Replace: the character replaces the video's person.</summary>
    [Parameter]
    [ValidateSet("Animate", "Replace")]
    public string? Mode { get; set; }

    /// <summary>480p, 720p (Akool's default) or 1080p: 5, 10 or 15 credits per started 5 seconds.</summary>
    [Parameter]
    [ValidateSet("480p", "720p", "1080p")]
    public string? Resolution { get; set; }

    /// <summary>The length in seconds, 1 to 120; Akool measures the video when not given.</summary>
    [Parameter]
    [ValidateRange(1, 120)]
    public double? Duration { get; set; }

    /// <summary>Guidance for the generation, at most 500 characters.</summary>
    [Parameter]
    [ValidateLength(1, 500)]
    public string? Prompt { get; set; }

    /// <summary>A character swap model, from Get-AkoolModel -For CharacterSwap; Akool's default when not given.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Model { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var request = new CharacterSwapRequest
        {
            ImageUrl = ImageUrl,
            VideoUrl = VideoUrl,
            Mode = Mode?.ToLowerInvariant(),
            Resolution = Resolution,
            DurationSeconds = Duration,
            Prompt = Prompt,
            Model = Model,
            WebhookUrl = WebhookUrl,
        };
        var price = Duration is double seconds
            ? $" for {CharacterSwapPrice(seconds, Resolution ?? "720p")} credits"
            : string.Empty;
        Submit(request, SwapChecks.Check, VideoUrl, $"Swap the character of {VideoUrl} with {ImageUrl}{price}", ActiveSession.Client.CreateCharacterSwapAsync);
    }

    /// <summary>The page's price: 5, 10 or 15 credits per started 5 seconds at 480p, 720p or 1080p.</summary>
    private static int CharacterSwapPrice(double seconds, string resolution) =>
        (int)Math.Ceiling(seconds / 5) * resolution switch { "480p" => 5, "1080p" => 15, _ => 10 };
}
