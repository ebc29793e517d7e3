// Akool's vocabularies are defined once, here, and shown to PowerShell users as they are: the client
// works in them and the cmdlets write them out, so no cast or copy joins two definitions. They live in
// the AkoolPS namespace because that is the name users type ([AkoolPS.AkoolVideoKind]::Speech).
namespace AkoolPS;

/// <summary>The kinds of Akool job; the kind decides how a job is created, tracked and saved.</summary>
public enum AkoolVideoKind
{
    /// <summary>A video translated into another language (tracked with infobymodelid).</summary>
    Translation,
    /// <summary>A photo made to speak an audio track (infobymodelid).</summary>
    TalkingPhoto,
    /// <summary>A video lip-synced to an audio track (infobymodelid).</summary>
    LipSync,
    /// <summary>A video generated from an image and a prompt (resultsByIds).</summary>
    ImageToVideo,
    /// <summary>A video generated from a prompt (resultsByIds).</summary>
    TextToVideo,
    /// <summary>An image generated from a prompt, or an upscale or variation of one (image infobymodelid).</summary>
    Image,
    /// <summary>Speech from a text in a voice (voice resource detail).</summary>
    Speech,
    /// <summary>A voice cloned from a recording (voice detail); its result is a voice id.</summary>
    VoiceClone,
    /// <summary>A recording said again in another voice (voice resource detail).</summary>
    VoiceChange,
    /// <summary>Faces from images put onto an image or a video (faceswap listbyids).</summary>
    FaceSwap,
    /// <summary>The character of an image put into a video (infobymodelid).</summary>
    CharacterSwap,
    /// <summary>Heads in a video swapped for heads from images (headswap task detail).</summary>
    HeadSwap,
    /// <summary>An avatar video that speaks a text or an audio track (infobymodelid).</summary>
    TalkingAvatar,
    /// <summary>Akool's content moderation of a text, image, video or audio (analysis infobyid).</summary>
    Moderation,
}

/// <summary>Where a job is, as Akool numbers it (1 to 4).</summary>
public enum AkoolVideoStatus
{
    /// <summary>Akool sent a status this version does not know.</summary>
    Unknown = 0,
    /// <summary>1: waiting to be processed.</summary>
    Queued = 1,
    /// <summary>2: being generated.</summary>
    Processing = 2,
    /// <summary>3: finished: the result can be saved.</summary>
    Completed = 3,
    /// <summary>4: failed: see ErrorCode and ErrorReason.</summary>
    Failed = 4,
}

/// <summary>What a job's result is: it decides which of VideoUrl, AudioUrl and ImageUrl names the result and how it is saved.</summary>
public enum AkoolResultMedia
{
    /// <summary>No file: the result is a value (a voice id, a moderation verdict).</summary>
    None,
    /// <summary>A video file.</summary>
    Video,
    /// <summary>An audio file.</summary>
    Audio,
    /// <summary>An image file.</summary>
    Image,
    /// <summary>An image or a video, depending on what the job was made from (face swap).</summary>
    ImageOrVideo,
    /// <summary>Subtitles (a translation's side files).</summary>
    Subtitles,
}
