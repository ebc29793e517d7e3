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

    /// <summary>text2Video/createByPrompt/batch: tracked with resultsByIds like image to video.</summary>
    TextToVideo,

    /// <summary>Image generation (createbyprompt, createbybutton), tracked with image/infobymodelid.</summary>
    Image,
}
