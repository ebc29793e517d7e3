using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// Test-AkoolContent: Akool's content moderation (Jarvis Moderator) of a text, an image, a video or an
/// audio file. Waits for the verdict by default and writes it; -NoWait writes the analysis job instead.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "AkoolContent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = TextSet)]
[OutputType(typeof(AkoolModeration), typeof(AkoolVideo))]
public sealed class TestAkoolContentCommand : AkoolCreateCmdlet
{
    private const string TextSet = "Text";
    private const int ShownCharacters = 40;

    private readonly ConcurrentDictionary<string, ModerationRequest> submitted = new(StringComparer.Ordinal);

    /// <summary>The text to check (or the http(s) URL of a .txt, .docx, .pdf, .md, .json, .csv or .xml document).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = TextSet, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string Text { get; set; } = null!;

    /// <summary>The image to check: an http(s) URL of a PNG, JPEG, WEBP or still GIF, up to 20 MB.</summary>
    [Parameter(Mandatory = true, ParameterSetName = nameof(AkoolContentType.Image))]
    public Uri ImageUrl { get; set; } = null!;

    /// <summary>The video to check: an http(s) URL of an MP4 or AVI, up to 1 GB and 1080p.</summary>
    [Parameter(Mandatory = true, ParameterSetName = nameof(AkoolContentType.Video))]
    public Uri VideoUrl { get; set; } = null!;

    /// <summary>The audio to check: an http(s) URL of an MP3, WAV, M4A, FLAC, OGG or WEBM, up to 25 MB and 60 minutes.</summary>
    [Parameter(Mandatory = true, ParameterSetName = nameof(AkoolContentType.Audio))]
    public Uri AudioUrl { get; set; } = null!;

    /// <summary>The content's language as a two-letter ISO-639-1 code (en, ja...); makes text, audio and video verdicts more accurate.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Language { get; set; }

    /// <summary>In your own words, what else to look for (Akool's input).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Prompt { get; set; }

    /// <summary>Write the analysis job at once instead of waiting for the verdict; read it later with Get-AkoolVideo or Wait-AkoolVideo.</summary>
    [Parameter]
    public SwitchParameter NoWait { get; set; }

    /// <inheritdoc />
    protected override bool WaitsForJobs => !NoWait;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var (type, content) = ParameterSetName switch
        {
            nameof(AkoolContentType.Image) => (AkoolContentType.Image, ImageUrl.ToString()),
            nameof(AkoolContentType.Video) => (AkoolContentType.Video, VideoUrl.ToString()),
            nameof(AkoolContentType.Audio) => (AkoolContentType.Audio, AudioUrl.ToString()),
            _ => (AkoolContentType.Text, Text),
        };
        var request = new ModerationRequest { ContentType = type, Content = content, Language = Language, Prompt = Prompt };
        var shown = type == AkoolContentType.Text && content.Length > ShownCharacters ? content.Substring(0, ShownCharacters) + "…" : content;
        var price = AvatarChecks.ModerationCredits(request) is double credits
            ? $" (about {credits.ToString("0.0", CultureInfo.InvariantCulture)} credits)"
            : " (1 credit a minute of video, 0.5 a minute of audio)";
        Submit(request, AvatarChecks.Check, shown, $"Check this {type.ToString().ToLowerInvariant()} with Akool's content moderation{price}", async (r, token) =>
        {
            var job = await ActiveSession.Client.CreateModerationAsync(r, token).ConfigureAwait(false);
            submitted[job.Id] = r;
            return job;
        });
    }

    /// <summary>A finished analysis is written as its verdict (what was checked is unknown for a job replayed from -StatePath).</summary>
    protected internal override object FinishedOutput(AkoolVideo video) =>
        video.Kind != AkoolVideoKind.Moderation
            ? base.FinishedOutput(video)
            : submitted.TryGetValue(video.Id, out var request)
                ? new AkoolModeration(video.Job, request.ContentType, request.Content)
                : new AkoolModeration(video.Job, null, null);
}
