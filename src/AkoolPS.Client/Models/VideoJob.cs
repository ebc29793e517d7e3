using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>
/// The state of one Akool job as the client last saw it. Immutable: a newer answer makes a new
/// object, which keeps what the older one knew and the newer one does not say (see <see cref="Over"/>).
/// </summary>
public sealed record VideoJob
{
    /// <summary>Akool's <c>_id</c> of the job.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>What kind of job this is.</summary>
    public AkoolVideoKind Kind { get; init; }

    /// <summary>The processing state.</summary>
    public AkoolVideoStatus Status { get; init; }

    /// <summary>Per cent done, 0 to 100, when Akool says.</summary>
    public int? Progress { get; init; }

    /// <summary>The result file (a video, an audio track or an image: see <see cref="Media"/>), once completed.</summary>
    public Uri? ResultUrl { get; init; }

    /// <summary>The result when it is a value rather than a file (a cloned voice's id, a moderation verdict).</summary>
    public string? ResultValue { get; init; }

    /// <summary>What the result of this kind of job is.</summary>
    public AkoolResultMedia Media => Jobs.JobKinds.MediaOf(Kind);

    /// <summary>The job this one was made from, when Akool made it from another (a video given sound).</summary>
    public string? DerivedFromId { get; init; }

    /// <summary>The target language of a translation.</summary>
    public string? Language { get; init; }

    /// <summary>The source language of a translation (<c>DEFAULT</c> = detected).</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>The video the job was made from (<c>target_video</c> or the URL sent).</summary>
    public Uri? SourceUrl { get; init; }

    /// <summary>Akool's error code of a failed job.</summary>
    public long? ErrorCode { get; init; }

    /// <summary>Akool's reason for a failed job.</summary>
    public string? ErrorReason { get; init; }

    /// <summary>When the job was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Credits charged (<c>deduction_duration</c>), or locked while running (<c>deduction_lock_duration</c>).</summary>
    public double? Credits { get; init; }

    /// <summary>Subtitle files and the video without burned-in captions, when Akool made them.</summary>
    public SubtitleLinks? Subtitles { get; init; }

    /// <summary>The webhook Akool will call for this job.</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>Every field of Akool's last answer about this job, untouched (JSON values as plain .NET values).</summary>
    public IReadOnlyDictionary<string, object?> ApiFields { get; init; } = EmptyFields;

    /// <summary>True once the job is completed or failed.</summary>
    public bool IsFinished => Status is AkoolVideoStatus.Completed or AkoolVideoStatus.Failed;

    /// <summary>When the result links expire: Akool keeps results for 7 days.</summary>
    public DateTimeOffset? ExpiresAt => CreatedAt?.Add(ResultLifetime);

    /// <summary>How long Akool keeps generated results.</summary>
    public static readonly TimeSpan ResultLifetime = TimeSpan.FromDays(7);

    internal static readonly IReadOnlyDictionary<string, object?> EmptyFields = new Dictionary<string, object?>();

    /// <summary>
    /// This newer state laid over an older one of the same job: what this answer does not say
    /// (Akool's status call omits the language, for example) is kept from the older state.
    /// </summary>
    public VideoJob Over(VideoJob? older)
    {
        if (older is null)
        {
            return this;
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in older.ApiFields)
        {
            fields[pair.Key] = pair.Value;
        }

        foreach (var pair in ApiFields)
        {
            fields[pair.Key] = pair.Value;
        }

        return new VideoJob
        {
            Id = Id,
            Kind = Kind,
            Status = Status,
            Progress = Progress ?? (Status == AkoolVideoStatus.Completed ? 100 : older.Progress),
            ResultUrl = ResultUrl ?? older.ResultUrl,
            DerivedFromId = DerivedFromId ?? older.DerivedFromId,
            ResultValue = ResultValue ?? older.ResultValue,
            Language = Language ?? older.Language,
            SourceLanguage = SourceLanguage ?? older.SourceLanguage,
            SourceUrl = SourceUrl ?? older.SourceUrl,
            ErrorCode = ErrorCode ?? older.ErrorCode,
            ErrorReason = ErrorReason ?? older.ErrorReason,
            CreatedAt = CreatedAt ?? older.CreatedAt,
            Credits = Credits ?? older.Credits,
            Subtitles = Subtitles ?? older.Subtitles,
            WebhookUrl = WebhookUrl ?? older.WebhookUrl,
            ApiFields = fields,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id} ({Status})";
}

/// <summary>The side files of a completed translation (Akool's <c>audio_splits</c>).</summary>
public sealed class SubtitleLinks
{
    /// <summary>Subtitles in the source language (SRT).</summary>
    public Uri? OriginalSrtUrl { get; init; }

    /// <summary>Subtitles in the target language (SRT).</summary>
    public Uri? TranslatedSrtUrl { get; init; }

    /// <summary>The translated video without burned-in captions.</summary>
    public Uri? NoCaptionVideoUrl { get; init; }
}
