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

    /// <summary>VoiceLab: text to speech (voice/tts), tracked by voice/resource/detail.</summary>
    Speech,

    /// <summary>VoiceLab: a recording said again in another voice (voice/change), tracked by voice/resource/detail.</summary>
    VoiceChange,

    /// <summary>VoiceLab: a voice cloned from a recording (voice/clone), tracked by voice/detail.</summary>
    VoiceClone,

    /// <summary>text2Video/createByPrompt/batch: tracked with resultsByIds like image to video.</summary>
    TextToVideo,

    /// <summary>Image generation (createbyprompt, createbybutton), tracked with image/infobymodelid.</summary>
    Image,

    /// <summary>talkingavatar/create: an avatar that speaks an audio or a text; tracked by infobymodelid.</summary>
    TalkingAvatar,

    /// <summary>content/analysis/sentiment (Jarvis Moderator): a verdict, no result file; tracked by analysis/infobyid.</summary>
    Moderation,

    /// <summary>faceswapPlusByImage: an image or a video, tracked by faceswap listbyids.</summary>
    FaceSwap,

    /// <summary>characterSwap/create, tracked by infobymodelid.</summary>
    CharacterSwap,

    /// <summary>headswap/task/create, tracked by headswap/task/detail.</summary>
    HeadSwap,

    /// <summary>headswap/analyze: the free step before a head swap, read with analyze/detail.</summary>
    HeadAnalysis,
}
