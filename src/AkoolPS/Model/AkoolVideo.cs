using System;
using System.Collections;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>
/// One Akool job as last seen: what New-*, Get-AkoolVideo and Wait-AkoolVideo write out and what
/// Save-AkoolVideo takes. Immutable; Id and Kind bind it to the next cmdlet by property name.
/// </summary>
public sealed class AkoolVideo
{
    internal AkoolVideo(VideoJob job)
    {
        Job = job;
        ApiFields = AkoolVoice.ToDictionary(job.ApiFields);
        Subtitles = job.Subtitles is { } links ? new AkoolSubtitles(links) : null;
    }

    /// <summary>Akool's id of the job.</summary>
    public string Id => Job.Id;

    /// <summary>The kind of job.</summary>
    public AkoolVideoKind Kind => Job.Kind;

    /// <summary>Queued, Processing, Completed or Failed.</summary>
    public AkoolVideoStatus Status => Job.Status;

    /// <summary>Per cent done, when Akool says.</summary>
    public int? Progress => Job.Progress;

    /// <summary>The result file, once completed: a video, an audio track or an image, as <see cref="Media"/> says.</summary>
    public Uri? ResultUrl => Job.ResultUrl;

    /// <summary>What the result of this kind of job is.</summary>
    public AkoolResultMedia Media => Job.Media;

    /// <summary>The result as the table shows it: the result file's link, or the value a job that makes no file produced.</summary>
    public object? Result => (object?)Job.ResultUrl ?? Job.ResultValue;

    /// <summary>The result when it is a video (translations, lip syncs...): what a job that takes a video binds from the pipeline.</summary>
    public Uri? VideoUrl => Job.Media is AkoolResultMedia.Video or AkoolResultMedia.ImageOrVideo ? Job.ResultUrl : null;

    /// <summary>The result when it is audio (speech): what a lip sync or a talking photo binds from the pipeline as its audio.</summary>
    public Uri? AudioUrl => Job.Media == AkoolResultMedia.Audio ? Job.ResultUrl : null;

    /// <summary>The result when it is an image (image generation): what an image-to-video job binds from the pipeline.</summary>
    public Uri? ImageUrl => Job.Media is AkoolResultMedia.Image or AkoolResultMedia.ImageOrVideo ? Job.ResultUrl : null;

    /// <summary>The job this one was made from, when Akool made it from another (Add-AkoolVideoAudio's new job names its silent original).</summary>
    public string? DerivedFromId => Job.DerivedFromId;

    /// <summary>The target language of a translation.</summary>
    public string? Language => Job.Language;

    /// <summary>The source language of a translation (DEFAULT = detected).</summary>
    public string? SourceLanguage => Job.SourceLanguage;

    /// <summary>The video or image the job was made from.</summary>
    public Uri? SourceUrl => Job.SourceUrl;

    /// <summary>Akool's error code of a failed job.</summary>
    public long? ErrorCode => Job.ErrorCode;

    /// <summary>Akool's reason for a failed job.</summary>
    public string? ErrorReason => Job.ErrorReason;

    /// <summary>When the job was created.</summary>
    public DateTimeOffset? CreatedAt => Job.CreatedAt;

    /// <summary>When the result links expire (Akool keeps results for 7 days from creation).</summary>
    public DateTimeOffset? ExpiresAt => Job.ExpiresAt;

    /// <summary>Credits charged, or locked while the job runs.</summary>
    public double? Credits => Job.Credits;

    /// <summary>Subtitle files and the video without captions, when Akool made them.</summary>
    public AkoolSubtitles? Subtitles { get; }

    /// <summary>The webhook Akool calls for this job.</summary>
    public Uri? WebhookUrl => Job.WebhookUrl;

    /// <summary>Every field of Akool's last answer about the job, untouched.</summary>
    public IDictionary ApiFields { get; }

    internal VideoJob Job { get; }

    /// <inheritdoc />
    public override string ToString() => Language is null ? $"{Kind} {Id} ({Status})" : $"{Kind} {Id} {Language} ({Status})";
}

/// <summary>The side files of a completed translation.</summary>
public sealed class AkoolSubtitles
{
    internal AkoolSubtitles(SubtitleLinks links)
    {
        OriginalSrtUrl = links.OriginalSrtUrl;
        TranslatedSrtUrl = links.TranslatedSrtUrl;
        NoCaptionVideoUrl = links.NoCaptionVideoUrl;
    }

    /// <summary>Subtitles in the source language (SRT).</summary>
    public Uri? OriginalSrtUrl { get; }

    /// <summary>Subtitles in the target language (SRT).</summary>
    public Uri? TranslatedSrtUrl { get; }

    /// <summary>The video without burned-in captions.</summary>
    public Uri? NoCaptionVideoUrl { get; }

    /// <inheritdoc />
    public override string ToString() => TranslatedSrtUrl?.ToString() ?? OriginalSrtUrl?.ToString() ?? string.Empty;
}
