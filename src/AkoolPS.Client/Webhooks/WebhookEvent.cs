using System;
using System.Collections.Generic;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Webhooks;

/// <summary>What a verified, decrypted Akool webhook says about a job.</summary>
public sealed class WebhookEvent
{
    /// <summary>The job's <c>_id</c> (or <c>video_id</c>, which some jobs send instead).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The job's status.</summary>
    public AkoolVideoStatus Status { get; init; }

    /// <summary>The kind of job its <see cref="Type"/> names; null for a type this version does not know.</summary>
    public AkoolVideoKind? Kind => Jobs.JobKinds.FromWebhookType(Type);

    /// <summary>Akool's name for the kind of job ("video translate", "talking photo", "lipsync"...).</summary>
    public string? Type { get; init; }

    /// <summary>The result, when the job completed.</summary>
    public Uri? Url { get; init; }

    /// <summary>Akool's error code, when the job failed.</summary>
    public long? ErrorCode { get; init; }

    /// <summary>Akool's reason, when the job failed.</summary>
    public string? ErrorReason { get; init; }

    /// <summary>When Akool sent it.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Every field of the decrypted message, untouched.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = VideoJob.EmptyFields;
}
