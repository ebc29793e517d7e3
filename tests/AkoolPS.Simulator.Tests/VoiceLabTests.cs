using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>VoiceLab as the official page describes it: creates, tracking, the voice list, delete, audio files, webhooks.</summary>
public sealed class VoiceLabTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string Tts = "/api/open/v4/voice/tts";
    private const string Change = "/api/open/v4/voice/change";
    private const string Clone = "/api/open/v4/voice/clone";
    private const string Delete = "/api/open/v4/voice/del";
    private const string AkoolVoice = "akool-voice-00000000";
    private const string Sample = "https://example.com/me.mp3";

    [Fact]
    public async Task Speech_answers_the_documented_record_and_completes_with_an_mp3()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });

        var created = Kinds.Data(await sim.PostAsync(Tts, new { input_text = "Welcome to Akool.", voice_id = AkoolVoice, voice_options = new { speed = 0.8, volume = 50 }, webhookUrl = "" }));

        JsonAssert.HasFields(created, "create_time", "uid", "team_id", "input_text", "preview", "status", "webhookUrl", "duration", "file_name",
            "gender", "deduction_credit", "name", "_id", "voice_model_id", "voice_id", "voice_options");
        Assert.Equal((JsonValueKind.Null, 1, AkoolVoice), (created.GetProperty("preview").ValueKind, created.GetProperty("status").GetInt32(), created.GetProperty("voice_id").GetString()));
        Assert.Equal(0.8, created.GetProperty("voice_options").GetProperty("speed").GetDouble());
        var id = created.GetProperty("_id").GetString()!;

        var result = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/resource/detail/" + id)).GetProperty("result");
        JsonAssert.HasFields(result, "_id", "create_time", "update_time", "uid", "team_id", "input_text", "rate", "status", "webhookUrl", "duration",
            "file_name", "gender", "deduction_credit", "name", "priority", "language_code", "__v", "preview");
        Assert.Equal((3, "100%"), (result.GetProperty("status").GetInt32(), result.GetProperty("rate").GetString()));
        var audio = await sim.Http.GetByteArrayAsync(result.GetProperty("preview").GetString());
        Assert.Equal("ID3"u8.ToArray(), audio[..3]);
        Assert.Equal((0xFF, 0xFB), (audio[10], audio[11]));
    }

    [Fact]
    public async Task Speech_in_wav_serves_a_riff_file()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        var id = Kinds.Data(await sim.PostAsync(Tts, new { input_text = "Hi", voice_id = AkoolVoice, extra_options = new { audio_setting = new { format = "wav" } } })).GetProperty("_id").GetString();

        var preview = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/resource/detail/" + id)).GetProperty("result").GetProperty("preview").GetString()!;

        Assert.EndsWith(".wav", preview, StringComparison.Ordinal);
        var audio = await sim.Http.GetByteArrayAsync(preview);
        Assert.Equal(("RIFF", "WAVE"), (System.Text.Encoding.ASCII.GetString(audio, 0, 4), System.Text.Encoding.ASCII.GetString(audio, 8, 4)));
        Assert.Equal(audio.Length - 8, BitConverter.ToInt32(audio, 4));
    }

    [Fact]
    public async Task A_clone_gets_its_voice_id_when_done_and_then_reads_speech_lists_and_deletes()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        var created = Kinds.Data(await sim.PostAsync(Clone, new { source_voice_file = Sample, name = "Me", voice_options = new { gender = new[] { "Female" }, language = "de" } }));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("voice_id").ValueKind);
        var id = created.GetProperty("_id").GetString()!;

        var detail = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/detail/" + id));
        var voiceId = detail.GetProperty("voice_id").GetString()!;
        Assert.Equal((3, 64, "de", "Female"), (detail.GetProperty("status").GetInt32(), voiceId.Length, detail.GetProperty("locale").GetString(), detail.GetProperty("gender").GetString()));

        var speech = await sim.PostAsync(Tts, new { input_text = "Hallo", voice_id = voiceId });
        Assert.Equal(id, Kinds.Data(speech).GetProperty("voice_model_id").GetString());
        var clones = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/list?type=1"));
        Assert.Equal(id, Assert.Single(clones.GetProperty("result").EnumerateArray()).GetProperty("_id").GetString());

        var deleted = Kinds.Data(await sim.PostAsync(Delete, new { _ids = new[] { id, "6889b7f00000000000000000", "0123456789abcdef01234567" } }));
        Assert.Equal([id], deleted.GetProperty("successIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["no permission", "not found"], deleted.GetProperty("noPermissionVoices").EnumerateArray().Select(e => e.GetProperty("msg").GetString()!.Contains("permission") ? "no permission" : "not found"));
        Assert.Equal(0, Kinds.Data(await sim.GetAsync("/api/open/v4/voice/list?type=1")).GetProperty("count").GetInt32());
        JsonAssert.Error(await sim.PostAsync(Tts, new { input_text = "Hallo", voice_id = voiceId }), 1003, "voice_id");
    }

    [Fact]
    public async Task A_running_clone_has_no_voice_id_and_cannot_be_spoken_with()
    {
        var sim = shared.Fresh();
        var id = Kinds.Data(await sim.PostAsync(Clone, new { source_voice_file = Sample })).GetProperty("_id").GetString()!;

        var detail = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/detail/" + id));

        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, "me"), (detail.GetProperty("voice_id").ValueKind, detail.GetProperty("preview").ValueKind, detail.GetProperty("name").GetString()));
        Assert.InRange(detail.GetProperty("status").GetInt32(), 1, 2);
    }

    [Fact]
    public async Task The_voice_list_pages_and_filters()
    {
        var sim = shared.Fresh();

        var page = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/list?type=2&page=2&size=5"));
        var female = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/list?type=2&size=100&gender=Female&style=Calm,Cheerful"));
        var streaming = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/list?type=2&size=100&support_stream=1"));

        Assert.Equal((LabVoiceCatalogue.DefaultCount, 2, 5, 5), (page.GetProperty("count").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("size").GetInt32(), page.GetProperty("result").GetArrayLength()));
        Assert.Equal("akool-voice-00000005", page.GetProperty("result")[0].GetProperty("voice_id").GetString());
        Assert.All(female.GetProperty("result").EnumerateArray(), v =>
        {
            Assert.Equal("Female", v.GetProperty("gender").GetString());
            Assert.Contains(v.GetProperty("style").EnumerateArray().Select(s => s.GetString()), s => s is "Calm" or "Cheerful");
        });
        Assert.InRange(female.GetProperty("count").GetInt32(), 1, LabVoiceCatalogue.DefaultCount - 1);
        Assert.All(streaming.GetProperty("result").EnumerateArray(), v => Assert.True(v.GetProperty("support_stream").GetBoolean()));
    }

    [Theory]
    [InlineData(Tts, """{"voice_id":"akool-voice-00000000"}""", "input_text is required")]
    [InlineData(Tts, """{"input_text":"hi","voice_id":"akool-voice-00000000","voice_options":{"speed":1.5}}""", "voice_options.speed must be between 0.7 and 1.2")]
    [InlineData(Tts, """{"input_text":"hi","voice_id":"akool-voice-00000000","voice_options":{"volume":"80"}}""", "voice_options.volume must be an integer")]
    [InlineData(Tts, """{"input_text":"hi","voice_id":"akool-voice-00000000","voice_options":{"emotion":"bored"}}""", "voice_options.emotion must be one of")]
    [InlineData(Tts, """{"input_text":"hi","voice_id":"akool-voice-00000000","speed":1}""", "speed is not a field")]
    [InlineData(Tts, """{"input_text":"hi","voice_id":"akool-voice-00000000","language_code":"English"}""", "language_code must be an ISO 639-1")]
    [InlineData(Tts, """{"input_text":"hi","voice_id":"nobody"}""", "voice_id 'nobody'")]
    [InlineData(Change, """{"voice_id":"akool-voice-00000000"}""", "source_voice_file is required")]
    [InlineData(Change, """{"voice_id":"akool-voice-00000014","source_voice_file":"https://example.com/a.mp3"}""", "only Akool Multilingual 1 voices")]
    [InlineData(Clone, """{"source_voice_file":"https://example.com/a.mp3","voice_model_name":"Akool Multilingual 2"}""", "voice_model_name must be one of")]
    [InlineData(Clone, """{"source_voice_file":"https://example.com/a.mp3","voice_options":{"gender":"Male"}}""", "voice_options.gender must be an array")]
    [InlineData(Delete, """{"_ids":[]}""", "_ids must list")]
    public async Task Bad_bodies_are_refused_with_1003_naming_the_field(string path, string json, string message)
    {
        var sim = shared.Fresh();
        var before = await sim.CreditAsync();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, path, json), 1003, message);

        Assert.Equal(before, await sim.CreditAsync());
        Assert.Empty(sim.State.GetJobs());
    }

    [Theory]
    [InlineData("/api/open/v4/voice/list", "type is required")]
    [InlineData("/api/open/v4/voice/list?type=3", "type must be 1 or 2")]
    [InlineData("/api/open/v4/voice/list?type=2&page=x", "page must be an integer")]
    [InlineData("/api/open/v4/voice/resource/list", "type is required")]
    public async Task Bad_queries_are_refused(string path, string message) =>
        JsonAssert.Error(await shared.Fresh().GetAsync(path), 1003, message);

    [Fact]
    public async Task Unknown_ids_are_1008()
    {
        var sim = shared.Fresh();
        JsonAssert.Error(await sim.GetAsync("/api/open/v4/voice/resource/detail/0123456789abcdef01234567"), 1008);
        JsonAssert.Error(await sim.GetAsync("/api/open/v4/voice/detail/0123456789abcdef01234567"), 1008);
    }

    [Fact]
    public async Task Voice_change_keeps_the_recording_and_lists_under_type_2()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        var created = Kinds.Data(await sim.PostAsync(Change, new { voice_id = AkoolVoice, source_voice_file = Sample, voice_options = new { file_format = "wav" } }));

        var listed = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/resource/list?type=2"));
        var tts = Kinds.Data(await sim.GetAsync("/api/open/v4/voice/resource/list?type=1"));

        Assert.Equal(Sample, created.GetProperty("source_voice_file").GetString());
        var record = Assert.Single(listed.GetProperty("result").EnumerateArray());
        Assert.EndsWith("changed.wav", record.GetProperty("preview").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, tts.GetProperty("count").GetInt32());
    }
}
