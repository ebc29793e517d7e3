using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AkoolPS.Simulator;

/// <summary>
/// VoiceLab's voices: Akool's own, computed from their index (so the configured voice count can be large and
/// costs nothing until listed), and the account's clones, made from the clone jobs in the store.
/// </summary>
internal static class LabVoiceCatalogue
{
    /// <summary>Without a configured count: four voices per locale, so each has both genders and several models.</summary>
    public const int DefaultCount = 56;

    public const string TeamId = "6805fb69e92d9edc7ca0b409";

    public const string Model1 = "Akool Multilingual 1";
    public const string Model2 = "Akool Multilingual 2";
    public const string Model3 = "Akool Multilingual 3";
    public const string Model4 = "Akool Multilingual 4";

    public static readonly IReadOnlyList<string> Models = [Model1, Model2, Model3, Model4];

    /// <summary>The models a clone may be made with ("Akool Multilingual 2 ... does not support voice cloning").</summary>
    public static readonly IReadOnlyList<string> CloneModels = [Model1, Model3, Model4];

    private const string VoiceIdPrefix = "akool-voice-";
    private const string RecordIdPrefix = "6889b7f0";
    private const long FirstCreateTime = 1748417275493;

    private static readonly (string Locale, string Language)[] Locales =
    [
        ("en", "English"), ("es", "Spanish"), ("fr", "French"), ("de", "German"), ("it", "Italian"), ("pt", "Portuguese"),
        ("pl", "Polish"), ("ja", "Japanese"), ("zh", "Chinese"), ("ko", "Korean"), ("ar", "Arabic"), ("hi", "Hindi"),
        ("nl", "Dutch"), ("ru", "Russian"),
    ];

    private static readonly string[] FemaleNames = ["Aria", "Bella", "Clara", "Daria", "Elena", "Fiona", "Grace", "Hana"];
    private static readonly string[] MaleNames = ["Adam", "Bruno", "Carlos", "David", "Ethan", "Felix", "George", "Hugo"];
    private static readonly string[] Traits = ["Calm", "Bright", "Honest", "Warm", "Steady", "Lively", "Gentle", "Bold", "Snow Peak"];
    private static readonly string[][] Ages = [["Young"], ["Middle"], ["Elderly"], ["Young", "Middle"], ["Elderly", "Middle"]];
    private static readonly string[][] Styles = [["Authoritative", "Calm"], ["Confident", "Enthusiastic"], ["Friendly", "Warm"], ["Calm", "Gentle"], ["Cheerful"]];
    private static readonly string[][] Scenarios = [["Advertisement"], ["Education"], ["Audiobook", "Narration"], ["Customer Service"], ["Social Media", "Advertisement"]];

    public static long CountOf(SimulatorConfig config) => config.VoiceCount ?? DefaultCount;

    /// <summary>Akool voice number <paramref name="index"/>.</summary>
    public static LabVoice Akool(long index)
    {
        var (locale, language) = Locales[(int)(index % Locales.Length)];
        var round = index / Locales.Length;
        var female = (round + (index % Locales.Length)) % 2 == 0;
        var model = Models[(int)(round % Models.Count)];
        var voiceId = VoiceIdPrefix + index.ToString("D8", CultureInfo.InvariantCulture);
        var created = FirstCreateTime + (index * 60_000);
        return new LabVoice(
            Id: RecordIdPrefix + index.ToString("x16", CultureInfo.InvariantCulture),
            Uid: SimulatorAccount.Uid,
            TeamId: TeamId,
            VoiceId: voiceId,
            Gender: female ? "Female" : "Male",
            Language: language,
            Locale: locale,
            Name: $"{Pick(Traits, index)} {Pick(female ? FemaleNames : MaleNames, round)}",
            Preview: $"{LanguageCatalogue.CdnBase}/voicelab/{voiceId}.mp3",
            Text: "Hello, this is a sample of my voice.",
            Duration: 6000 + (int)(index * 7919 % 4000),
            Status: JobStatus.Completed,
            CreateTime: created,
            UpdateTime: created,
            Style: Pick(Styles, index),
            Scenario: Pick(Scenarios, index + round),
            Age: Pick(Ages, round),
            DeductionCredit: 0,
            WebhookUrl: string.Empty,
            VoiceModelName: model,
            SupportStream: SupportsStream(model));
    }

    /// <summary>Akool's voices, in order.</summary>
    public static IEnumerable<LabVoice> Akool(SimulatorConfig config)
    {
        var count = CountOf(config);
        for (long i = 0; i < count; i++)
        {
            yield return Akool(i);
        }
    }

    /// <summary>The clone a clone job is, as of <paramref name="now"/>.</summary>
    public static LabVoice Clone(Job job, VoiceCloneDetails details, long now)
    {
        var snapshot = job.Evaluate(now);
        var done = snapshot.Status == JobStatus.Completed;
        return new LabVoice(
            Id: job.Id,
            Uid: SimulatorAccount.Uid,
            TeamId: TeamId,
            VoiceId: done ? CloneVoiceId(job.Id) : null,
            Gender: details.Gender.Count > 0 ? details.Gender[0] : string.Empty,
            Language: LanguageName(details.LanguageCode),
            Locale: details.LanguageCode,
            Name: details.Name,
            Preview: done ? ResultFiles.Url(job, details.AudioFile) : null,
            Text: VoiceCloneDetails.PreviewText,
            Duration: details.DurationMs,
            Status: snapshot.Status,
            CreateTime: job.CreatedAt,
            UpdateTime: snapshot.FinishedAt ?? job.CreatedAt,
            Style: details.Style,
            Scenario: details.Scenario,
            Age: details.Age,
            DeductionCredit: 0,
            WebhookUrl: job.WebhookUrl,
            VoiceModelName: details.Model,
            SupportStream: SupportsStream(details.Model)) { IsClone = true };
    }

    /// <summary>The account's clones, newest first.</summary>
    public static IEnumerable<LabVoice> Clones(JobStore jobs, long now) =>
        jobs.All().Reverse().Where(job => job.Details is VoiceCloneDetails).Select(job => Clone(job, (VoiceCloneDetails)job.Details, now));

    /// <summary>A voice a tts or change call may use: an Akool voice or a completed clone, by voice_id.</summary>
    public static LabVoice? FindUsable(string voiceId, SimulatorConfig config, JobStore jobs, long now)
    {
        if (voiceId.StartsWith(VoiceIdPrefix, StringComparison.Ordinal) &&
            long.TryParse(voiceId.AsSpan(VoiceIdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
            voiceId.Length == VoiceIdPrefix.Length + 8 && index < CountOf(config))
        {
            return Akool(index);
        }

        return Clones(jobs, now).FirstOrDefault(v => v.VoiceId == voiceId);
    }

    /// <summary>A voice by its record id (<c>_id</c>): an Akool voice or a clone in any state.</summary>
    public static LabVoice? FindRecord(string id, SimulatorConfig config, JobStore jobs, long now)
    {
        if (jobs.Find(id) is { Details: VoiceCloneDetails clone } job)
        {
            return Clone(job, clone, now);
        }

        return id.Length == 24 && id.StartsWith(RecordIdPrefix, StringComparison.Ordinal) &&
            long.TryParse(id.AsSpan(RecordIdPrefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var index) &&
            !id.AsSpan(RecordIdPrefix.Length).ContainsAnyInRange('A', 'F') && index >= 0 && index < CountOf(config)
            ? Akool(index)
            : null;
    }

    /// <summary>A clone's voice_id: 64 URL-safe characters, as Akool's look, stable per clone.</summary>
    public static string CloneVoiceId(string jobId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("clone:" + jobId));
        var more = SHA256.HashData(hash);
        return Convert.ToBase64String([.. hash, .. more]).Replace('+', '-').Replace('/', '_')[..64];
    }

    public static string LanguageName(string code) =>
        Locales.FirstOrDefault(l => l.Locale == code).Language ?? code;

    private static bool SupportsStream(string model) => model is Model1 or Model3;

    private static T Pick<T>(T[] items, long seed) => items[(int)(seed % items.Length)];
}
