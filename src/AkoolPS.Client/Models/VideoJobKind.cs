namespace AkoolPS.Client.Models;

/// <summary>The kinds of Akool job; the kind decides how a job is tracked.</summary>
public enum VideoJobKind
{
    /// <summary>A video translation (tracked with infobymodelid).</summary>
    Translation,
    /// <summary>A talking photo (tracked with infobymodelid).</summary>
    TalkingPhoto,
    /// <summary>A lip sync (tracked with infobymodelid).</summary>
    LipSync,
    /// <summary>An image-to-video job (tracked with resultsByIds).</summary>
    ImageToVideo,
}

/// <summary>A job's processing state, as Akool numbers it (1 to 4).</summary>
public enum VideoJobStatus
{
    /// <summary>Akool sent a status this client does not know.</summary>
    Unknown = 0,
    /// <summary>1: waiting to be processed.</summary>
    Queued = 1,
    /// <summary>2: being generated.</summary>
    Processing = 2,
    /// <summary>3: finished; the result URL is set.</summary>
    Completed = 3,
    /// <summary>4: failed; the error code and reason are set.</summary>
    Failed = 4,
}
