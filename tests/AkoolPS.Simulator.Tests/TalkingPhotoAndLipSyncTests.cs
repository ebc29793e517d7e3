using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

public sealed class TalkingPhotoAndLipSyncTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string Photo = "https://example.com/face.jpg";
    private const string Audio = "https://example.com/speech.mp3";
    private const string Video = "https://example.com/speaker.mp4";

    [Fact]
    public async Task Talking_photo_answers_the_documented_record()
    {
        var sim = shared.Fresh();

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.TalkingPhotoPath, new
        {
            talking_photo_url = Photo,
            audio_url = Audio,
            prompt = "Wave now and then.",
            resolution = "1080",
            webhookUrl = "https://hooks.example.com/akool",
        }));

        JsonAssert.HasFields(data, "_id", "create_time", "uid", "type", "from", "video_lock_duration", "deduction_lock_duration",
            "external_video", "talking_photo", "video", "video_status", "prompt", "resolution", "faceswap_quality", "storage_loc", "__v");
        Assert.True(JsonAssert.IsObjectId(data.GetProperty("_id").GetString()));
        Assert.Equal((5, 2, 1, ""), (data.GetProperty("type").GetInt32(), data.GetProperty("from").GetInt32(), data.GetProperty("video_status").GetInt32(), data.GetProperty("video").GetString()));
        Assert.Equal(Photo, data.GetProperty("talking_photo").GetString());
        Assert.Equal(("Wave now and then.", "1080"), (data.GetProperty("prompt").GetString(), data.GetProperty("resolution").GetString()));
        Assert.Equal(0, data.GetProperty("__v").GetInt32());
        Assert.InRange(data.GetProperty("video_lock_duration").GetDouble(), 5, 60);
        Assert.Equal(JobKind.TalkingPhoto, Assert.Single(sim.State.GetJobs()).Kind);
    }

    [Fact]
    public async Task Talking_photo_defaults_to_720_and_an_empty_prompt()
    {
        var sim = shared.Fresh();

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.TalkingPhotoPath, new { talking_photo_url = Photo, audio_url = Audio }));

        Assert.Equal(("", "720"), (data.GetProperty("prompt").GetString(), data.GetProperty("resolution").GetString()));
    }

    [Fact]
    public async Task Lip_sync_answers_the_documented_record()
    {
        var sim = shared.Fresh();

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.LipSyncPath, new { video_url = Video, audio_url = Audio, webhookUrl = "" }));

        JsonAssert.HasFields(data, "_id", "create_time", "uid", "type", "from", "target_video", "video_id", "video_status", "video_lock_duration",
            "deduction_lock_duration", "external_video", "video", "storage_loc", "input_audio", "webhookUrl", "task_id", "lipsync", "faceswap_quality", "__v");
        Assert.Equal((9, 1, true), (data.GetProperty("type").GetInt32(), data.GetProperty("video_status").GetInt32(), data.GetProperty("lipsync").GetBoolean()));
        Assert.Equal((Video, Audio), (data.GetProperty("target_video").GetString(), data.GetProperty("input_audio").GetString()));
        Assert.Equal(data.GetProperty("video_id").GetString(), data.GetProperty("task_id").GetString());
    }

    [Fact]
    public async Task Info_reports_the_lengths_and_credits_but_no_audio_splits_for_these_kinds()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        var created = Kinds.Data(await sim.PostAsync(TestSimulator.LipSyncPath, new { video_url = Video, audio_url = Audio }));

        var info = await sim.InfoAsync(created.GetProperty("_id").GetString()!);

        Assert.Equal(3, info.GetProperty("video_status").GetInt32());
        Assert.Equal(created.GetProperty("video_lock_duration").GetDouble(), info.GetProperty("video_lock_duration").GetDouble());
        Assert.Equal(created.GetProperty("deduction_lock_duration").GetInt32(), info.GetProperty("deduction_duration").GetInt32());
        Assert.False(info.TryGetProperty("audio_splits", out _));
        using var subtitles = await sim.Http.GetAsync($"files/{created.GetProperty("_id").GetString()}/original.srt");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, subtitles.StatusCode);
    }

    [Theory]
    [InlineData("""{"audio_url":"https://example.com/a.mp3"}""", "talking_photo_url is required")]
    [InlineData("""{"talking_photo_url":"face.jpg","audio_url":"https://example.com/a.mp3"}""", "talking_photo_url must be an absolute http or https URL")]
    [InlineData("""{"talking_photo_url":"https://example.com/f.jpg"}""", "audio_url is required")]
    [InlineData("""{"talking_photo_url":"https://example.com/f.jpg","audio_url":""}""", "audio_url cannot be empty")]
    [InlineData("""{"talking_photo_url":"https://example.com/f.jpg","audio_url":"https://example.com/a.mp3","resolution":"480"}""", "resolution must be one of: 720, 1080 (not 480)")]
    [InlineData("""{"talking_photo_url":"https://example.com/f.jpg","audio_url":"https://example.com/a.mp3","resolution":720}""", "resolution must be a string")]
    [InlineData("""{"talking_photo_url":"https://example.com/f.jpg","audio_url":"https://example.com/a.mp3","prompt":["wave"]}""", "prompt must be a string")]
    [InlineData("""{"talking_photo_url":"https://example.com/f.jpg","audio_url":"https://example.com/a.mp3","webhookUrl":"hooks"}""", "webhookUrl must be an absolute")]
    public async Task Bad_talking_photo_bodies_answer_1003_and_create_nothing(string body, string msg)
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.TalkingPhotoPath, body), 1003, msg);
        Assert.Empty(sim.State.GetJobs());
    }

    [Theory]
    [InlineData("""{"audio_url":"https://example.com/a.mp3"}""", "video_url is required")]
    [InlineData("""{"video_url":"https://example.com/v.mp4"}""", "audio_url is required")]
    [InlineData("""{"video_url":"ftp://example.com/v.mp4","audio_url":"https://example.com/a.mp3"}""", "video_url must be an absolute")]
    [InlineData("""{"video_url":"https://example.com/v.mp4","audio_url":null}""", "audio_url is required")]
    [InlineData("""{"video_url":"https://example.com/v.mp4","audio_url":"https://example.com/a.mp3","webhookUrl":5}""", "webhookUrl must be a string")]
    public async Task Bad_lip_sync_bodies_answer_1003_and_create_nothing(string body, string msg)
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.LipSyncPath, body), 1003, msg);
        Assert.Empty(sim.State.GetJobs());
    }

    [Fact]
    public async Task The_new_routes_need_auth_and_are_journalled()
    {
        var sim = shared.Fresh();
        var body = JsonSerializer.Serialize(new { video_url = Video, audio_url = Audio });

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.LipSyncPath, body, apiKey: null), 1102);
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.LipSyncPath, body, apiKey: "wrong"), 1101);

        var journal = sim.State.GetJournal(TestSimulator.LipSyncPath);
        Assert.Equal([1102, 1101], journal.Select(e => e.Code));
        Assert.Empty(sim.State.GetJobs());
    }
}
