using AkoolPS.Client.Errors;

namespace AkoolPS.Client.Models;

/// <summary>
/// One entry of a create call that makes several jobs at once (a translation into many languages, a
/// batch of image-to-video results): the job Akool created, or why it did not create this one.
/// </summary>
public sealed class CreateOutcome
{
    /// <summary>What the entry is about (a language, a batch entry), for messages.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The job, when Akool created it.</summary>
    public VideoJob? Job { get; init; }

    /// <summary>Why Akool did not create a job for this entry.</summary>
    public AkoolException? Error { get; init; }

    /// <summary>An entry that made <paramref name="job"/>.</summary>
    public static CreateOutcome Created(VideoJob job, string label = "") => new() { Job = job, Label = label };
}
