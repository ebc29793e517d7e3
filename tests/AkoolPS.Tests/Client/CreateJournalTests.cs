using AkoolPS.Client.Models;
using AkoolPS.Client.State;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>The -StatePath record: fingerprints, and what a rerun finds after each way a create can end.</summary>
public sealed class CreateJournalTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "akoolps-journal-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheSameRequestHasTheSameFingerprintAndAnyChangeAnother()
    {
        var a = new LipSyncRequest { VideoUrl = new Uri("https://media.test/a.mp4"), AudioUrl = new Uri("https://media.test/a.mp3") };
        var same = new LipSyncRequest { VideoUrl = new Uri("https://media.test/a.mp4"), AudioUrl = new Uri("https://media.test/a.mp3") };
        var other = new LipSyncRequest { VideoUrl = new Uri("https://media.test/a.mp4"), AudioUrl = new Uri("https://media.test/b.mp3") };

        Assert.Equal(RequestFingerprint.Of("New-AkoolLipSync", a), RequestFingerprint.Of("New-AkoolLipSync", same));
        Assert.NotEqual(RequestFingerprint.Of("New-AkoolLipSync", a), RequestFingerprint.Of("New-AkoolLipSync", other));
        Assert.NotEqual(RequestFingerprint.Of("New-AkoolLipSync", a), RequestFingerprint.Of("New-AkoolTalkingPhoto", a));
        var words1 = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" };
        var words2 = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" };
        Assert.Equal(RequestFingerprint.Of("x", words1), RequestFingerprint.Of("x", words2));
    }

    [Fact]
    public void AVoiceRequestKeepsTheFingerprintItHadBeforeItsFieldsMovedToABaseRecord()
    {
        // The hashes of "New-AkoolSpeech|{Emotion:null,...,Speed:0.9,...,Text:"Hi.",VoiceId:"v1",...}" and its voice-change
        // counterpart: what a -StatePath journal written by an earlier version holds, so a rerun still finds its creates.
        var speech = new SpeechRequest { Text = "Hi.", VoiceId = "v1", Speed = 0.9 };
        var change = new VoiceChangeRequest { SourceUrl = new Uri("https://example.com/a.mp3"), VoiceId = "v1", Stability = 0.5, Format = "wav", RemoveBackgroundNoise = true };

        Assert.Equal("165b29d25ae84d172589f8a2c58928687c07467871eb3a1440fd08e04ff981d0", RequestFingerprint.Of("New-AkoolSpeech", speech));
        Assert.Equal("c8f0e4c44abe1144217a5a8e4fb9ddc73425f92b868ab298010fea2244af3d77", RequestFingerprint.Of("New-AkoolVoiceChange", change));
    }

    [Fact]
    public void ARerunFindsTheCreatedJobsAndTheUnansweredCreatesButNotTheRefusedOnes()
    {
        var path = Path.Combine(folder, "state.jsonl");
        var first = CreateJournal.Open(path);
        first.Pending("created", "a.mp4");
        first.Created("created", new VideoJob { Id = "j1", Kind = AkoolVideoKind.Translation, Language = "ja", SourceUrl = new Uri("https://media.test/a.mp4"), CreatedAt = DateTimeOffset.UtcNow });
        first.Created("created", new VideoJob { Id = "j2", Kind = AkoolVideoKind.Translation, Language = "fr" });
        first.Pending("refused", "b.mp4");
        first.Failed("refused", "b.mp4", "Akool refused it");
        first.Pending("killed", "c.mp4");
        first.Pending("unanswered", "d.mp4");
        first.Unknown("unanswered", "d.mp4", "no answer");
        Assert.Equal(JournalState.InFlight, first.Find("killed").State);

        // A crash can leave half a line at the end.
        File.AppendAllText(path, "{\"State\":\"Created\",\"Finger");
        var rerun = CreateJournal.Open(path);

        var created = rerun.Find("created");
        Assert.Equal(JournalState.Created, created.State);
        Assert.Equal(new[] { "j1", "j2" }, created.Jobs.Select(j => j.Id));
        Assert.Equal("ja", created.Jobs[0].Language);
        Assert.Equal(AkoolVideoKind.Translation, created.Jobs[0].Kind);
        Assert.NotNull(created.Jobs[0].CreatedAt);
        Assert.Equal(JournalState.None, rerun.Find("refused").State);
        Assert.Equal(JournalState.Unknown, rerun.Find("killed").State);
        Assert.NotNull(rerun.Find("killed").SentAt);
        Assert.Equal(JournalState.Unknown, rerun.Find("unanswered").State);
        Assert.Equal(JournalState.None, rerun.Find("never-sent").State);
    }

    [Fact]
    public void ConcurrentAppendsInOneProcessAllLand()
    {
        var path = Path.Combine(folder, "busy.jsonl");
        var journal = CreateJournal.Open(path);
        Parallel.For(0, 200, i =>
        {
            journal.Pending("f" + i, "row " + i);
            journal.Created("f" + i, new VideoJob { Id = "id" + i, Kind = AkoolVideoKind.LipSync });
        });

        var rerun = CreateJournal.Open(path);
        Assert.Equal(400, File.ReadAllLines(path).Length);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal("id" + i, Assert.Single(rerun.Find("f" + i).Jobs).Id));
    }
}
