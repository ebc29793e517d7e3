namespace AkoolPS.Simulator;

/// <summary>
/// A content/analysis/sentiment call: what to judge, and the verdict, decided at creation from the words
/// configured then (so a later config change does not change a finished job's answer).
/// </summary>
/// <param name="Type">Akool's <c>type</c>: 1 image, 2 video, 3 audio, 4 text.</param>
internal sealed record ModerationDetails(int Type, string Content, string LanguageCode, string Input, ModerationVerdict Verdict) : JobDetails
{
    public const int Image = 1;
    public const int Video = 2;
    public const int Audio = 3;
    public const int Text = 4;

    private const int TextCharactersPerUnit = 600;

    public override JobKind Kind => JobKind.Moderation;

    /// <summary>
    /// The page's prices (0.1 per 600 characters of text, 0.2 an image, 0.5 a minute of audio, 1 a minute of
    /// video) rounded up to whole credits, the unit of the simulator's balance: at least 1 per call.
    /// </summary>
    public override int Credits => Type switch
    {
        Text => Math.Max(1, (int)Math.Ceiling(Math.Ceiling(Content.Length / (double)TextCharactersPerUnit) * 0.1)),
        Image => 1,
        Audio => Math.Max(1, (int)Math.Ceiling(SourceLength.SecondsOf(Content) / 60 * 0.5)),
        _ => Math.Max(1, (int)Math.Ceiling(SourceLength.SecondsOf(Content) / 60)),
    };

    public override string? Language => LanguageCode.Length > 0 ? LanguageCode : null;
}

/// <summary>What the simulated moderator concludes: <c>final_conclusion</c> and the <c>result</c> text that explains it.</summary>
internal sealed record ModerationVerdict(string FinalConclusion, string Result)
{
    public const string Compliant = "Compliant";
    public const string NonCompliant = "Non-Compliant";
    public const string Unknown = "Unknown";

    public static readonly IReadOnlyList<string> DefaultBlockedWords = ["violence", "weapon", "hate", "explicit"];
    public static readonly IReadOnlyList<string> DefaultUnclearWords = ["ambiguous"];

    /// <summary>
    /// Judges the content (a text, or a media URL whose words stand for what the media shows) and the
    /// user's own words (<c>input</c>) by the configured word lists: a blocked word anywhere is
    /// Non-Compliant, with one reason line per word in the page's "- label: why" form.
    /// </summary>
    public static ModerationVerdict Judge(string content, string input, SimulatorConfig config)
    {
        var text = content + "\n" + input;
        var blocked = Found(text, config.ModerationBlockedWords ?? DefaultBlockedWords);
        if (blocked.Count > 0)
        {
            var reasons = blocked.Select(word => $"- {word}: the content mentions \"{word}\", which is not allowed.");
            return new ModerationVerdict(NonCompliant, string.Join("\n", reasons) + "\nResult: " + NonCompliant);
        }

        var unclear = Found(text, config.ModerationUnclearWords ?? DefaultUnclearWords);
        return unclear.Count > 0
            ? new ModerationVerdict(Unknown, $"- {unclear[0]}: the content could not be judged with confidence.\nResult: {Unknown}")
            : new ModerationVerdict(Compliant, "No inappropriate content was found.\nResult: " + Compliant);
    }

    private static List<string> Found(string text, IReadOnlyList<string> words) =>
        [.. words.Where(word => text.Contains(word, StringComparison.OrdinalIgnoreCase))];
}
