using System;
using AkoolPS.Client.Errors;

namespace AkoolPS.Client.Models;

/// <summary>Which job: its id and kind (the kind decides how it is tracked).</summary>
public readonly struct VideoJobRef
{
    /// <summary>Names a job; <paramref name="createdAt"/>, when known, lets a read made just after the create wait for Akool to list it.</summary>
    public VideoJobRef(string id, AkoolVideoKind kind, DateTimeOffset? createdAt = null)
    {
        Id = id;
        Kind = kind;
        CreatedAt = createdAt;
    }

    /// <summary>Names a job as the client last saw it.</summary>
    public VideoJobRef(VideoJob job)
        : this(job.Id, job.Kind, job.CreatedAt)
    {
    }

    /// <summary>When the job was created, when known.</summary>
    public DateTimeOffset? CreatedAt { get; }

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
