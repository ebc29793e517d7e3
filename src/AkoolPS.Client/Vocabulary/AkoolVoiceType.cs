namespace AkoolPS;

/// <summary>Whose a VoiceLab voice is: one of Akool's, or a clone made by this account.</summary>
public enum AkoolVoiceType
{
    /// <summary>One of Akool's voices (the voice list's type 2); it cannot be deleted.</summary>
    Akool,
    /// <summary>A voice cloned by this account (type 1); Remove-AkoolVoice deletes it.</summary>
    Clone,
}
