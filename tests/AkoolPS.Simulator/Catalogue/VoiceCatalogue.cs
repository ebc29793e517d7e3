using System.Globalization;

namespace AkoolPS.Simulator;

/// <summary>
/// The voice catalogue, computed rather than stored: voice <c>i</c> belongs to language <c>i % L</c>,
/// so any page, with or without a language filter, is found by arithmetic. 50,000 voices cost nothing
/// until a page of them is asked for, and a voice_id is checked by parsing it.
/// </summary>
internal sealed class VoiceCatalogue
{
    /// <summary>Without a configured count: three voices per language, so every language has both genders.</summary>
    public const int DefaultVoicesPerLanguage = 3;

    // ObjectId-shaped ids: a fixed 8-hex "timestamp" prefix and the voice index as the remaining 16 hex digits.
    private const string VoiceIdPrefix = "6889b755";
    private const string RecordIdPrefix = "671777ea";

    private static readonly IReadOnlyList<Language> Languages = LanguageCatalogue.All;

    private VoiceCatalogue(long count) => Count = count;

    public long Count { get; }

    public static VoiceCatalogue For(int? voiceCount) =>
        new(voiceCount ?? (long)DefaultVoicesPerLanguage * Languages.Count);

    /// <summary>How many voices a filter leaves: all of them, or those of one language code.</summary>
    public long CountFor(string? languageCode)
    {
        if (languageCode is null)
        {
            return Count;
        }

        var slot = LanguageSlot(languageCode);
        return slot < 0 || slot >= Count ? 0 : ((Count - 1 - slot) / Languages.Count) + 1;
    }

    /// <summary>The <paramref name="position"/>-th voice (0-based) that the filter leaves.</summary>
    public Voice At(string? languageCode, long position) =>
        VoiceFactory.Create(languageCode is null ? position : LanguageSlot(languageCode) + (position * Languages.Count), Languages);

    public bool Contains(string voiceId) => IndexOf(voiceId) is long index && index < Count;

    internal static string VoiceIdOf(long index) => VoiceIdPrefix + index.ToString("x16", CultureInfo.InvariantCulture);

    internal static string RecordIdOf(long index) => RecordIdPrefix + index.ToString("x16", CultureInfo.InvariantCulture);

    private static long? IndexOf(string voiceId)
    {
        if (voiceId.Length != 24 || !voiceId.StartsWith(VoiceIdPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var digits = voiceId.AsSpan(VoiceIdPrefix.Length);
        var lowercase = !digits.ContainsAnyInRange('A', 'F');
        return lowercase && long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var index) && index >= 0
            ? index
            : null;
    }

    private static int LanguageSlot(string languageCode)
    {
        for (var i = 0; i < Languages.Count; i++)
        {
            if (Languages[i].Code == languageCode)
            {
                return i;
            }
        }

        return -1;
    }
}
