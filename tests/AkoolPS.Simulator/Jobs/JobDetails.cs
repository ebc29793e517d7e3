namespace AkoolPS.Simulator;

/// <summary>What one kind of job remembers from its create request, and what that request costs.</summary>
internal abstract record JobDetails
{
    public abstract JobKind Kind { get; }

    /// <summary>The credits the create call takes from the balance (all or nothing, before the job exists).</summary>
    public abstract int Credits { get; }

    /// <summary>The language an admin listing shows, for kinds that have one.</summary>
    public virtual string? Language => null;

    /// <summary>
    /// The input an admin listing names as the job's source, for kinds that have one (the video a translation
    /// or lip sync starts from, the photo that talks), so that a benchmark can tell which job came from which row.
    /// </summary>
    public virtual string? Source => null;

    /// <summary>The name of the file a completed job hands out (see <see cref="ResultFiles"/>).</summary>
    public virtual string ResultFile => ResultFiles.Video;
}

/// <summary>
/// The v3 video jobs (translation, talking photo, lip sync): tracked by infobymodelid, which reports the
/// source's length (<c>video_lock_duration</c>) and the credits it locks (<c>deduction_lock_duration</c>).
/// </summary>
internal abstract record V3VideoDetails : JobDetails
{
    /// <summary>The input whose length sets the video's: the source video, or the audio a photo speaks.</summary>
    protected abstract string LengthSource { get; }

    public double VideoLockDuration => SourceLength.SecondsOf(LengthSource);

    public int DeductionLockDuration => SourceLength.CreditsFor(VideoLockDuration);

    public override int Credits => DeductionLockDuration;
}
