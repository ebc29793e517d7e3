using System;
using System.Collections;
using AkoolPS.Client.Webhooks;

namespace AkoolPS;

/// <summary>
/// What a verified Akool webhook says about a job. Its Id and Kind bind to Get-AkoolVideo, so an
/// event pipes on to a fresh job object and from there to Save-AkoolVideo.
/// </summary>
public sealed class AkoolWebhookEvent
{
    internal AkoolWebhookEvent(WebhookEvent message)
    {
        Id = message.Id;
        Status = message.Status;
        Type = message.Type;
        Kind = message.Kind;
        Url = message.Url;
        Timestamp = message.Timestamp;
        ErrorCode = message.ErrorCode;
        ErrorReason = message.ErrorReason;
        Fields = AkoolVoice.ToDictionary(message.Fields);
    }

    /// <summary>The job's id.</summary>
    public string Id { get; }

    /// <summary>The kind of job, read from Type; null for a type this version does not know.</summary>
    public AkoolVideoKind? Kind { get; }

    /// <summary>The job's status.</summary>
    public AkoolVideoStatus Status { get; }

    /// <summary>Akool's name for the kind of job ("video translate", "talking photo", "lipsync"...).</summary>
    public string? Type { get; }

    /// <summary>The result, when the job completed.</summary>
    public Uri? Url { get; }

    /// <summary>Akool's error code, when the job failed (error_code).</summary>
    public long? ErrorCode { get; }

    /// <summary>Akool's reason, when the job failed (error_reason).</summary>
    public string? ErrorReason { get; }

    /// <summary>When Akool sent the webhook.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>Every field of the decrypted message, untouched.</summary>
    public IDictionary Fields { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Id} ({Status})";
}
