using System.Collections.Frozen;

namespace AkoolPS.Simulator;

/// <summary>
/// The target languages of video translation: widely spoken ones and regional ones (as in the docs: af-ZA,
/// sq-AL, am-ET, zh-CN-shandong, ...). The regional ones once needed a voice_id; since 2025-11-25 none does.
/// </summary>
internal static class LanguageCatalogue
{
    // .invalid never resolves (RFC 2606): nothing can fetch these by accident, yet they are real absolute URLs.
    public const string CdnBase = "https://cdn.akool-simulator.invalid";

    private static readonly (string Code, string Name)[] Widespread =
    [
        ("en", "English"), ("zh-CN", "Chinese (Simplified)"), ("zh-TW", "Chinese (Traditional)"),
        ("ja", "Japanese"), ("ko", "Korean"), ("fr", "French"), ("de", "German"), ("es", "Spanish"),
        ("it", "Italian"), ("pt", "Portuguese"), ("ru", "Russian"), ("ar", "Arabic"), ("hi", "Hindi"),
        ("nl", "Dutch"), ("pl", "Polish"), ("tr", "Turkish"), ("sv", "Swedish"), ("id", "Indonesian"),
        ("th", "Thai"), ("vi", "Vietnamese"), ("uk", "Ukrainian"), ("cs", "Czech"), ("el", "Greek"),
        ("ro", "Romanian"), ("hu", "Hungarian"), ("da", "Danish"), ("fi", "Finnish"), ("no", "Norwegian"),
        ("ms", "Malay"), ("fil", "Filipino"),
    ];

    private static readonly (string Code, string Name)[] Regional =
    [
        ("af-ZA", "Afrikaans (South Africa)"), ("sq-AL", "Albanian (Albania)"), ("am-ET", "Amharic (Ethiopia)"),
        ("zh-CN-shandong", "Chinese (Jilu Mandarin, Simplified)"),
        ("zh-CN-sichuan", "Chinese (Southwestern Mandarin, Simplified)"),
        ("hy-AM", "Armenian (Armenia)"), ("az-AZ", "Azerbaijani (Latin, Azerbaijan)"), ("bn-BD", "Bangla (Bangladesh)"),
        ("eu-ES", "Basque"), ("bs-BA", "Bosnian (Bosnia and Herzegovina)"), ("my-MM", "Burmese (Myanmar)"),
        ("ka-GE", "Georgian (Georgia)"), ("sw-KE", "Kiswahili (Kenya)"), ("zu-ZA", "isiZulu (South Africa)"),
    ];

    public static IReadOnlyList<Language> All { get; } =
        Widespread.Concat(Regional).Select(Create).ToArray();

    private static readonly FrozenDictionary<string, Language> ByCode = All.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>Codes match exactly (case-sensitive), as the documented filter and create fields do.</summary>
    public static Language? Find(string code) => ByCode.GetValueOrDefault(code);

    public static string FlagUrl(string code) => $"{CdnBase}/flags/{code}.png";

    private static Language Create((string Code, string Name) language) =>
        new(language.Name, language.Code, FlagUrl(language.Code));
}
