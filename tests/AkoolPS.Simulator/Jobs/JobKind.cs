namespace AkoolPS.Simulator;

/// <summary>
/// What a job produces. The store, the clock-driven state machine, plans, admin changes, billing and
/// webhooks are the same for every kind; only the create endpoint, the detail record, the answers and the
/// result files differ.
/// </summary>
public enum JobKind
{
    VideoTranslation,
    TalkingPhoto,
    LipSync,

    /// <summary>createBySourcePrompt, and the new job updateVideoAudio makes from a finished one.</summary>
    ImageToVideo,

    /// <summary>faceswapPlusByImage: an image or a video, tracked by faceswap listbyids.</summary>
    FaceSwap,

    /// <summary>characterSwap/create, tracked by infobymodelid.</summary>
    CharacterSwap,

    /// <summary>headswap/task/create, tracked by headswap/task/detail.</summary>
    HeadSwap,

    /// <summary>headswap/analyze: the free step before a head swap, read with analyze/detail.</summary>
    HeadAnalysis,
}
