using System;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>
/// Akool's verdict on content, as Test-AkoolContent writes it once the analysis has finished. Gate on
/// <see cref="Conclusion"/>: anything but Compliant (NonCompliant, or Unknown when Akool cannot decide)
/// means the content is not cleared.
/// </summary>
public sealed class AkoolModeration
{
    internal AkoolModeration(VideoJob job, AkoolContentType? contentType, string? content)
    {
        var verdict = job.Moderation ?? new ModerationVerdict();
        Id = job.Id;
        Conclusion = verdict.Conclusion;
        Reasons = [.. verdict.Reasons];
        Result = verdict.Result;
        ContentType = contentType;
        Content = content;
        CreatedAt = job.CreatedAt;
    }

    /// <summary>Akool's id of the analysis (Get-AkoolVideo reads it again by Id and Kind).</summary>
    public string Id { get; }

    /// <summary>Always Moderation, so the object pipes to Get-AkoolVideo by property name.</summary>
    public AkoolVideoKind Kind => AkoolVideoKind.Moderation;

    /// <summary>Compliant, NonCompliant, or Unknown (Akool could not decide, or said something this version does not know).</summary>
    public AkoolModerationConclusion Conclusion { get; }

    /// <summary>True only when the conclusion is Compliant.</summary>
    public bool IsCompliant => Conclusion == AkoolModerationConclusion.Compliant;

    /// <summary>Akool's reasons, one per line of its result.</summary>
    public string[] Reasons { get; }

    /// <summary>Akool's whole result text.</summary>
    public string Result { get; }

    /// <summary>What was checked: Text, Image, Video or Audio (null for an analysis replayed from a -StatePath file).</summary>
    public AkoolContentType? ContentType { get; }

    /// <summary>The text checked, or the URL of the media (null for an analysis replayed from a -StatePath file).</summary>
    public string? Content { get; }

    /// <summary>When the analysis was created.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Conclusion} ({ContentType} {Id})";
}
