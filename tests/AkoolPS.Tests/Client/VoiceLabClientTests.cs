using System.Text.Json;
using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>VoiceLab in the client: creates and tracking against the simulator, checks before any request, hostile answers.</summary>
public sealed class VoiceLabClientTests : SimulatorClientTestBase
{
    private const string AkoolVoiceId = "akool-voice-00000000";
    [Fact]
    public async Task A_clone_is_tracked_with_voice_detail_and_its_voice_id_is_the_result()
    {
        var created = await client.CreateVoiceCloneAsync(new VoiceCloneRequest { SourceUrl = new Uri("https://example.com/me.mp3"), Name = "Me", Gender = new[] { "Female" } }, default);
        var done = await client.GetOneAsync(created.Id, AkoolVideoKind.VoiceClone, default);

        Assert.Equal((AkoolVideoKind.VoiceClone, AkoolResultMedia.None), (created.Kind, created.Media));
        Assert.Equal(AkoolVideoStatus.Completed, done.Status);
        Assert.Equal(64, done.ResultValue!.Length);
        Assert.Null(done.ResultUrl);
        Assert.Contains(sim.State.GetJournal("/api/open/v4/voice/detail/" + created.Id), e => e.Method == "GET");
    }

    [Fact]
    public async Task Speech_is_tracked_with_resource_detail_and_its_audio_is_the_result()
    {
        var created = await client.CreateSpeechAsync(new SpeechRequest { Text = "Hello there.", VoiceId = AkoolVoiceId, Speed = 0.9, Format = "WAV", Options = new Dictionary<string, object?> { ["speaker_boost"] = true, ["previous_text"] = "Hi." } }, default);
        var done = await client.GetOneAsync(created.Id, AkoolVideoKind.Speech, default);

        Assert.Equal(AkoolResultMedia.Audio, done.Media);
        Assert.EndsWith("/speech.wav", done.ResultUrl!.AbsolutePath, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(sim.State.GetJournal("/api/open/v4/voice/tts").Single().Body!);
        Assert.Equal(0.9, body.RootElement.GetProperty("voice_options").GetProperty("speed").GetDouble());
        Assert.True(body.RootElement.GetProperty("voice_options").GetProperty("speaker_boost").GetBoolean());
        Assert.Equal("Hi.", body.RootElement.GetProperty("extra_options").GetProperty("previous_text").GetString());
        Assert.Equal("wav", body.RootElement.GetProperty("extra_options").GetProperty("audio_setting").GetProperty("format").GetString());
        Assert.False(body.RootElement.TryGetProperty("webhookUrl", out _));
    }

    [Fact]
    public async Task The_voice_list_sends_the_filters_as_comma_lists_and_reads_every_field()
    {
        var page = await client.GetVoiceLabPageAsync(new VoiceLabFilter { Type = AkoolVoiceType.Akool, Genders = new[] { "Female" }, Styles = new[] { "Calm", "Cheerful" } }, 1, 3, default);

        var query = sim.State.GetJournal("/api/open/v4/voice/list").Single().Query!;
        Assert.Equal("type=2&page=1&size=3&gender=Female&style=Calm%2CCheerful", query);
        var voice = page.Voices[0];
        Assert.All(page.Voices, v => Assert.Equal("Female", v.Gender));
        Assert.NotNull(voice.VoiceId);
        Assert.NotNull(voice.Model);
        Assert.NotEmpty(voice.Styles);
        Assert.Equal(AkoolVideoStatus.Completed, voice.Status);
        Assert.True(page.Count >= page.Voices.Count);
    }

    [Theory]
    [InlineData("", "TextRequired")]
    [InlineData("speed", "OutOfRange")]
    [InlineData("volume", "OutOfRange")]
    [InlineData("emotion", "InvalidEmotion")]
    [InlineData("language", "InvalidLanguage")]
    [InlineData("option", "InvalidOption")]
    [InlineData("long", "TextTooLong")]
    public async Task Bad_speech_is_refused_before_any_request(string what, string reason)
    {
        var request = what switch
        {
            "" => new SpeechRequest { Text = " ", VoiceId = AkoolVoiceId },
            "speed" => new SpeechRequest { Text = "hi", VoiceId = AkoolVoiceId, Speed = 0.5 },
            "volume" => new SpeechRequest { Text = "hi", VoiceId = AkoolVoiceId, Volume = -1 },
            "emotion" => new SpeechRequest { Text = "hi", VoiceId = AkoolVoiceId, Emotion = "bored" },
            "language" => new SpeechRequest { Text = "hi", VoiceId = AkoolVoiceId, Language = "en-US" },
            "option" => new SpeechRequest { Text = "hi", VoiceId = AkoolVoiceId, Options = new Dictionary<string, object?> { ["volume"] = 3 } },
            _ => new SpeechRequest { Text = new string('a', VoiceLabChecks.MaxTextLength + 1), VoiceId = AkoolVoiceId },
        };

        var error = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateSpeechAsync(request, default));

        Assert.Equal(reason, error.Reason);
        Assert.Empty(sim.State.GetJournal("/api/open/v4/*"));
    }

    [Fact]
    public async Task A_voice_change_with_a_stability_over_1_or_a_bad_model_clone_is_refused_before_any_request()
    {
        await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateVoiceChangeAsync(new VoiceChangeRequest { SourceUrl = new Uri("https://example.com/a.mp3"), VoiceId = AkoolVoiceId, Stability = 1.5 }, default));
        await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateVoiceCloneAsync(new VoiceCloneRequest { SourceUrl = new Uri("https://example.com/a.mp3"), Model = "Akool Multilingual 2" }, default));
        Assert.Empty(sim.State.GetJournal("/api/open/v4/*"));
    }

    [Fact]
    public async Task A_job_known_by_id_alone_is_found_as_a_clone_or_named_ambiguous_between_speech_and_voice_change()
    {
        var clone = await client.CreateVoiceCloneAsync(new VoiceCloneRequest { SourceUrl = new Uri("https://example.com/me.mp3") }, default);
        var speech = await client.CreateSpeechAsync(new SpeechRequest { Text = "Hi.", VoiceId = AkoolVoiceId }, default);

        var found = await client.FindJobAsync(clone.Id, default);
        var ambiguous = await Assert.ThrowsAsync<AkoolKindNotFoundException>(() => client.FindJobAsync(speech.Id, default));

        Assert.Equal(AkoolVideoKind.VoiceClone, found.Kind);
        Assert.Equal("Akool.KindAmbiguous", ambiguous.ErrorId);
        Assert.Equal(new[] { AkoolVideoKind.Speech, AkoolVideoKind.VoiceChange }, ambiguous.Candidates.OrderBy(k => k));
    }

    [Fact]
    public async Task Delete_reports_each_id_asked_about()
    {
        var clone = await client.CreateVoiceCloneAsync(new VoiceCloneRequest { SourceUrl = new Uri("https://example.com/me.mp3") }, default);

        var outcomes = await client.DeleteVoicesAsync(new[] { clone.Id, "6889b7f00000000000000000" }, default);

        Assert.True(outcomes[0].Deleted);
        Assert.False(outcomes[1].Deleted);
        Assert.Contains("permission", outcomes[1].Reason, StringComparison.Ordinal);
    }
}

/// <summary>VoiceLab answers that lie: none of their fields is trusted.</summary>
public sealed class VoiceLabHostileAnswerTests
{
    [Fact]
    public async Task Voices_without_an_id_are_dropped_and_links_that_are_not_http_are_ignored()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK","data":{"count":-5,"page":1,"size":0,"result":[
              {"voice_id":"no-record-id","name":"Ghost"},
              "not an object",
              {"_id":"68676e544439e3b8e246a077","voice_id":"v1","name":"Real","preview":"file:///etc/passwd","status":9,"style":"Calm","duration":1e308,"support_stream":true}
            ]}}
            """);
        using var client = TestClients.WithFake(handler);

        var page = await client.GetVoiceLabPageAsync(new VoiceLabFilter(), 1, 10, default);

        var voice = Assert.Single(page.Voices);
        Assert.Equal(("68676e544439e3b8e246a077", "v1"), (voice.Id, voice.VoiceId));
        Assert.Null(voice.PreviewUrl);
        Assert.Equal(AkoolVideoStatus.Unknown, voice.Status);
        Assert.Equal(new[] { "Calm" }, voice.Styles);
        Assert.Null(voice.Duration);
        Assert.Equal((0, 10), (page.Count, page.Size));
    }

    [Fact]
    public async Task A_speech_record_that_is_not_done_has_no_audio_even_if_a_preview_is_sent()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK","data":{"result":{"_id":"688afbd9d2b4b269d1123ffb","status":2,"rate":"250%","preview":"https://cdn.test/early.mp3"}}}
            """);
        using var client = TestClients.WithFake(handler);

        var job = await client.GetOneAsync("688afbd9d2b4b269d1123ffb", AkoolVideoKind.Speech, default);

        Assert.Equal(AkoolVideoStatus.Processing, job.Status);
        Assert.Null(job.ResultUrl);
        Assert.Null(job.Progress);
    }

    [Fact]
    public async Task A_completed_speech_whose_preview_is_not_http_has_no_audio()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK","data":{"result":{"_id":"688afbd9d2b4b269d1123ffb","status":3,"preview":"javascript:alert(1)"}}}
            """);
        using var client = TestClients.WithFake(handler);

        var job = await client.GetOneAsync("688afbd9d2b4b269d1123ffb", AkoolVideoKind.Speech, default);

        Assert.Equal(AkoolVideoStatus.Completed, job.Status);
        Assert.Null(job.ResultUrl);
    }

    [Fact]
    public async Task A_delete_answer_that_names_other_ids_reports_only_the_ids_asked_about()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK","data":{"successIds":["someone-else"],"noPermissionVoices":[{"_id":null,"msg":"?"}]}}
            """);
        using var client = TestClients.WithFake(handler);

        var outcomes = await client.DeleteVoicesAsync(new[] { "mine" }, default);

        var outcome = Assert.Single(outcomes);
        Assert.Equal(("mine", false), (outcome.Id, outcome.Deleted));
        Assert.NotNull(outcome.Reason);
    }
}

/// <summary>VoiceLab's webhook notices ("audio") read as speech jobs.</summary>
public sealed class VoiceLabWebhookReadTests
{
    [Fact]
    public void An_audio_notice_is_a_speech_job_with_its_audio()
    {
        var reader = new AkoolPS.Client.Webhooks.WebhookReader("sim-client-00001", TestClients.Secure("simulator-api-key-000001"));
        var body = AkoolPS.Simulator.WebhookMessage.Seal("""{"_id":"688afbd9d2b4b269d1123ffb","status":3,"type":"audio","url":"https://cdn.test/speech.mp3"}""", "sim-client-00001", "simulator-api-key-000001", 1764288000000);

        var message = reader.Read(body, null, DateTimeOffset.FromUnixTimeMilliseconds(1764288000000));

        Assert.Equal(AkoolVideoKind.Speech, message.Kind);
        Assert.Equal(new Uri("https://cdn.test/speech.mp3"), message.Url);
    }
}
