namespace AkoolPS.Simulator;

/// <summary>What one kind of job remembers from its create request; the next kinds add their own records.</summary>
internal abstract record JobDetails
{
    /// <summary>The language an admin listing shows, for kinds that have one.</summary>
    public virtual string? Language => null;
}

/// <summary>One target language of a createbytranslate call.</summary>
internal sealed record TranslationDetails(
    string TargetVideo,
    string TargetLanguage,
    string SourceLanguage,
    bool Lipsync,
    int SpeakerNum,
    string? VoiceId) : JobDetails
{
    public override string? Language => TargetLanguage;

    /// <summary>
    /// The real service reports the source video's length (seconds) and the credits it locks. Without
    /// downloading anything, derive a stable 5-60 s length from the URL, so repeated runs agree.
    /// </summary>
    public double VideoLockDuration => 5 + (StableHash.Of(TargetVideo) % 5500 / 100.0);

    public int DeductionLockDuration => (int)Math.Ceiling(VideoLockDuration / 5);
}
