// The translation's vocabularies, defined once. The enum values are Akool's own: caption_type is the
// number, studio_voice.style the lower-case name (TranslationBody writes both, and a test holds them).
namespace AkoolPS;

/// <summary>What a translation does with captions (Akool's caption_type).</summary>
public enum AkoolCaptionType
{
    /// <summary>0: no captions.</summary>
    None = 0,
    /// <summary>1: add the original subtitle.</summary>
    AddOriginal = 1,
    /// <summary>2: add the target-language subtitle.</summary>
    AddTarget = 2,
    /// <summary>3: translate the original subtitle and replace it.</summary>
    TranslateAndReplace = 3,
    /// <summary>4: add the translated subtitle.</summary>
    AddTranslated = 4,
}

/// <summary>The delivery style of the translated voice (Akool's studio_voice.style).</summary>
public enum AkoolVoiceStyle
{
    /// <summary>Professional (Akool's default).</summary>
    Professional,
    /// <summary>Affectionate.</summary>
    Affectionate,
    /// <summary>Angry.</summary>
    Angry,
    /// <summary>Calm.</summary>
    Calm,
    /// <summary>Cheerful.</summary>
    Cheerful,
    /// <summary>Depressed.</summary>
    Depressed,
    /// <summary>Disgruntled.</summary>
    Disgruntled,
    /// <summary>Embarrassed.</summary>
    Embarrassed,
    /// <summary>Empathetic.</summary>
    Empathetic,
    /// <summary>Excited.</summary>
    Excited,
    /// <summary>Fearful.</summary>
    Fearful,
    /// <summary>Friendly.</summary>
    Friendly,
    /// <summary>Unfriendly.</summary>
    Unfriendly,
    /// <summary>Sad.</summary>
    Sad,
    /// <summary>Serious.</summary>
    Serious,
    /// <summary>Relaxed.</summary>
    Relaxed,
}
