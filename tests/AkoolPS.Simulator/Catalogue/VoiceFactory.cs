namespace AkoolPS.Simulator;

/// <summary>Builds voice number <c>i</c> from small word lists: deterministic, varied, and cheap.</summary>
internal static class VoiceFactory
{
    private const long FirstCreateTime = 1729353600000;

    private static readonly string[] FemaleNames = ["Aria", "Bella", "Clara", "Daria", "Elena", "Fiona", "Grace", "Hana", "Iris", "Julia"];
    private static readonly string[] MaleNames = ["Adam", "Bruno", "Carlos", "David", "Ethan", "Felix", "George", "Hugo", "Ivan", "Jonas"];
    private static readonly string[] Traits = ["Calm", "Bright", "Honest", "Warm", "Steady", "Lively", "Gentle", "Bold"];
    private static readonly string[] UseCases = ["Conversational", "Narration", "Characters", "Social Media", "Educational", "Advertisement"];
    private static readonly string[][] Ages = [["Young"], ["Middle aged"], ["Old"], ["Young", "Middle aged"]];
    private static readonly string[][] Styles = [["casual", "animated", "strong"], ["calm", "soft"], ["confident", "clear"], ["warm", "friendly", "relaxed"]];
    private static readonly string[][] Scenarios = [["chat", "podcast"], ["audiobook"], ["advertisement", "social media"], ["e-learning", "tutorial"]];

    public static Voice Create(long index, IReadOnlyList<Language> languages)
    {
        var language = languages[(int)(index % languages.Count)];
        var round = index / languages.Count;

        // Alternating with both the round and the language keeps both genders present even in tiny catalogues.
        var female = (round + (index % languages.Count)) % 2 == 0;
        var first = Pick(female ? FemaleNames : MaleNames, round);
        var useCase = Pick(UseCases, index);
        var voiceId = VoiceCatalogue.VoiceIdOf(index);
        return new Voice(
            Id: VoiceCatalogue.RecordIdOf(index),
            VoiceId: voiceId,
            Gender: female ? "Female" : "Male",
            Language: language.Name,
            Name: $"{Pick(Traits, index)} {first}",
            Preview: $"{LanguageCatalogue.CdnBase}/voices/{voiceId}.mp3",
            ThumbnailUrl: $"{LanguageCatalogue.CdnBase}/voices/{voiceId}.png",
            CreateTime: FirstCreateTime + (index * 60_000),
            FlagUrl: language.FlagUrl,
            UseCase: useCase,
            Category: useCase.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
            Age: Pick(Ages, index),
            Style: Pick(Styles, round),
            Duration: 8000 + (int)(index * 7919 % 6000),
            Scenario: Pick(Scenarios, index + round),
            LanguageCode: language.Code);
    }

    private static T Pick<T>(T[] items, long seed) => items[(int)(seed % items.Length)];
}
