using AkoolPS.Client.Errors;

namespace AkoolPS.Client.Models;

/// <summary>Which job: its id and kind (the kind decides how it is tracked).</summary>
public readonly struct VideoJobRef
{
    /// <summary>Names a job.</summary>
    public VideoJobRef(string id, AkoolVideoKind kind)
    {
        Id = id;
        Kind = kind;
    }

    /// <summary>Akool's <c>_id</c>.</summary>
    public string Id { get; }

    /// <summary>The job's kind.</summary>
    public AkoolVideoKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Id;
}

/// <summary>What fetching one job's state gave: the job, or why it could not be read.</summary>
public sealed class VideoJobResult
{
    /// <summary>Creates the result.</summary>
    public VideoJobResult(VideoJobRef reference, VideoJob? job, AkoolException? error)
    {
        Reference = reference;
        Job = job;
        Error = error;
    }

    /// <summary>The job asked for.</summary>
    public VideoJobRef Reference { get; }

    /// <summary>Its state, when it could be read.</summary>
    public VideoJob? Job { get; }

    /// <summary>Why it could not be read.</summary>
    public AkoolException? Error { get; }
}
