using System.Collections.Generic;

namespace AkoolPS.Client.Jobs;

/// <summary>What the module needs to know of one kind of job, beyond how it is created.</summary>
internal sealed class JobKindInfo
{
    public JobKindInfo(AkoolVideoKind kind, AkoolResultMedia media, string fileTag, JobTracker tracker, IReadOnlyList<string> webhookTypes)
    {
        Kind = kind;
        Media = media;
        FileTag = fileTag;
        Tracker = tracker;
        WebhookTypes = webhookTypes;
    }

    public AkoolVideoKind Kind { get; }

    /// <summary>What the result is: it names the result link (VideoUrl, AudioUrl, ImageUrl) and the saved file.</summary>
    public AkoolResultMedia Media { get; }

    /// <summary>The word that saved files of this kind carry ("talking-photo" in photo.talking-photo.mp4).</summary>
    public string FileTag { get; }

    /// <summary>The status call that reads jobs of this kind.</summary>
    public JobTracker Tracker { get; }

    /// <summary>Akool's webhook <c>type</c> values for this kind (lower case).</summary>
    public IReadOnlyList<string> WebhookTypes { get; }
}
