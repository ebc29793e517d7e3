namespace AkoolPS.Simulator;

/// <summary>
/// The VoiceLab jobs. Speech and voice changes are "voice resources" (read with resource/detail, their
/// audio in <c>preview</c>); a clone is a voice (read with voice/detail, its <c>voice_id</c> set once done).
/// </summary>
internal abstract record VoiceLabDetails : JobDetails
{
    /// <summary>The credits as the record reports them (<c>deduction_credit</c>, a float); the balance is charged the ceiling.</summary>
    public abstract double DeductionCredit { get; }

    public override int Credits => (int)Math.Ceiling(DeductionCredit);

    /// <summary>The result file's name under <c>/files/{id}/</c>.</summary>
    public abstract string AudioFile { get; }

    /// <summary>How long the result audio lasts, in milliseconds.</summary>
    public abstract int DurationMs { get; }
}

/// <summary>A tts call: the text, the voice it is read in and the options echoed back.</summary>
internal sealed record SpeechDetails(
    string Text, LabVoice Voice, string LanguageCode, string Format, VoiceOptionsEcho Options) : VoiceLabDetails
{
    /// <summary>The docs' Pro rate: 4.4 credits per 1,000 characters.</summary>
    public override double DeductionCredit => Math.Round(Text.Length * 4.4 / 1000, 4);

    public override JobKind Kind => JobKind.Speech;

    public override string? Language => LanguageCode.Length > 0 ? LanguageCode : null;

    public override string AudioFile => "speech." + Format;

    /// <summary>About 15 characters a second of speech.</summary>
    public override int DurationMs => Math.Max(500, Text.Length * 66);
}

/// <summary>A change call: the recording and the voice it is said again in.</summary>
internal sealed record VoiceChangeDetails(string SourceUrl, LabVoice Voice, string Format, VoiceOptionsEcho Options) : VoiceLabDetails
{
    public double Seconds => SourceLength.SecondsOf(SourceUrl);

    /// <summary>The docs' Pro rate: 4.4 credits per minute.</summary>
    public override double DeductionCredit => Math.Round(Seconds / 60 * 4.4, 4);

    public override JobKind Kind => JobKind.VoiceChange;

    public override string AudioFile => "changed." + Format;

    public override int DurationMs => (int)(Seconds * 1000);
}

/// <summary>A clone call: the sample, the tags and the model; the voice exists once the job completes.</summary>
internal sealed record VoiceCloneDetails(
    string SourceUrl,
    string Name,
    IReadOnlyList<string> Gender,
    IReadOnlyList<string> Age,
    IReadOnlyList<string> Style,
    IReadOnlyList<string> Scenario,
    string LanguageCode,
    string Model) : VoiceLabDetails
{
    public const string PreviewText = "Hello, I'm your personalized AI voice. This is how I sound.";

    /// <summary>A clone takes one of the plan's voice slots, not credits.</summary>
    public override double DeductionCredit => 0;

    public override JobKind Kind => JobKind.VoiceClone;

    public override string? Language => LanguageCode;

    public override string AudioFile => "preview.mp3";

    public override int DurationMs => (int)(SourceLength.SecondsOf(SourceUrl) * 1000);
}

/// <summary>The voice_options a tts or change call sent, echoed in its record as given.</summary>
internal sealed record VoiceOptionsEcho(IReadOnlyDictionary<string, object> Values)
{
    public static readonly VoiceOptionsEcho None = new(new Dictionary<string, object>());
}
