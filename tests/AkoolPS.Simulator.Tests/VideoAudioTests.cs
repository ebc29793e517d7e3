namespace AkoolPS.Simulator.Tests;

/// <summary>updateVideoAudio: adding audio to a finished image-to-video job makes a new, separately tracked job.</summary>
public sealed class VideoAudioTests(ClockedSimulator shared) : IClassFixture<ClockedSimulator>
{
    private const string Music = "https://example.com/music.mp3";

    [Fact]
    public async Task Adding_audio_creates_a_separate_job_tracked_by_resultsByIds()
    {
        var (sim, clock) = (shared.Fresh(), shared.Clock);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 2000 });
        var source = await CreateSourceAsync(sim, clock, videoLength: 10, webhookurl: "https://hooks.example.com/i2v");
        var credit = await sim.CreditAsync();

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.UpdateAudioPath, new { pre_video_id = source, audio_type = 2, audio_url = Music }));

        var id = data.GetProperty("_id").GetString()!;
        Assert.NotEqual(source, id);
        Assert.True(JsonAssert.IsObjectId(id));
        JsonAssert.HasFields(data, "create_time", "uid", "team_id", "update_time", "video_duration", "webhookUrl", "resolution", "file_name", "effect_name",
            "_id", "pre_video_id", "image_url", "prompt", "negative_prompt", "extend_prompt", "audio_type", "audio_url", "deduction_credit", "effect_code",
            "status", "only_add_audio");
        Assert.Equal((source, true, 1), (data.GetProperty("pre_video_id").GetString(), data.GetProperty("only_add_audio").GetBoolean(), data.GetProperty("status").GetInt32()));
        Assert.Equal((2, Music), (data.GetProperty("audio_type").GetInt32(), data.GetProperty("audio_url").GetString()));
        Assert.Equal("https://example.com/still.png", data.GetProperty("image_url").GetString());
        Assert.Equal("https://hooks.example.com/i2v", data.GetProperty("webhookUrl").GetString());
        Assert.Equal(10, data.GetProperty("deduction_credit").GetInt32());
        Assert.Equal(credit - 10, await sim.CreditAsync());

        clock.AdvanceMs(1000);
        var running = await sim.ResultsAsync(source, id);
        Assert.Equal([(source, 3, false), (id, 2, true)], running.Select(Describe));
        clock.AdvanceMs(1000);
        var done = Assert.Single(await sim.ResultsAsync(id));
        Assert.Equal($"{sim.Server.BaseUri}files/{id}/video.mp4", done.GetProperty("video_url").GetString());
        Assert.NotEqual(await sim.Http.GetByteArrayAsync($"files/{source}/video.mp4"), await sim.Http.GetByteArrayAsync($"files/{id}/video.mp4"));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(10, 10)]
    public async Task Audio_costs_follow_the_video_to_audio_table(int videoLength, int credits)
    {
        var (sim, clock) = (shared.Fresh(), shared.Clock);
        var source = await CreateSourceAsync(sim, clock, videoLength);

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.UpdateAudioPath, new { pre_video_id = source, audio_type = 1 }));

        Assert.Equal(credits, data.GetProperty("deduction_credit").GetInt32());
        Assert.Equal(videoLength + 0.063, data.GetProperty("video_duration").GetDouble());
    }

    [Fact]
    public async Task Only_a_completed_image_to_video_job_takes_audio()
    {
        var (sim, clock) = (shared.Fresh(), shared.Clock);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 2000 });
        var running = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);
        var translation = await Kinds.CreateAsync(sim, Kinds.Translation);
        sim.State.PlanNextJobs(new JobPlan { Fail = new JobFailure() });
        var failed = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);
        clock.AdvanceMs(1000);

        JsonAssert.Error(await UpdateAsync(sim, running), 1003, $"pre_video_id '{running}' has not completed (status 2)");
        JsonAssert.Error(await UpdateAsync(sim, failed), 1003, $"pre_video_id '{failed}' has not completed (status 4)");
        JsonAssert.Error(await UpdateAsync(sim, translation), 1003, $"pre_video_id '{translation}' is not an image-to-video job");
        JsonAssert.Error(await UpdateAsync(sim, "0123456789abcdef01234567"), 1008, "does not exist");
        Assert.Equal(3, sim.State.GetJobs().Count);
    }

    [Theory]
    [InlineData("""{"audio_type":1}""", "pre_video_id is required")]
    [InlineData("""{"pre_video_id":"","audio_type":1}""", "pre_video_id cannot be empty")]
    [InlineData("""{"pre_video_id":"0123456789abcdef01234567"}""", "audio_type is required")]
    [InlineData("""{"pre_video_id":"0123456789abcdef01234567","audio_type":3}""", "audio_type must be one of: 1, 2 (not 3)")]
    [InlineData("""{"pre_video_id":"0123456789abcdef01234567","audio_type":2}""", "audio_url is required when audio_type is 2")]
    [InlineData("""{"pre_video_id":"0123456789abcdef01234567","audio_type":2,"audio_url":"music"}""", "audio_url must be an absolute")]
    public async Task Bad_bodies_answer_1003_before_the_source_is_looked_up(string body, string msg)
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.UpdateAudioPath, body), 1003, msg);
    }

    private static async Task<string> CreateSourceAsync(TestSimulator sim, ManualClock clock, int videoLength = 5, string webhookurl = "")
    {
        var created = await sim.PostAsync(TestSimulator.ImageVideoPath, Kinds.ImageVideoBody(videoLength: videoLength, webhookurl: webhookurl));
        var id = created.GetProperty("data").GetProperty("_id").GetString()!;
        clock.AdvanceMs(sim.State.Config.JobDurationMs);
        Assert.Equal(3, (await Kinds.ReadAsync(sim, Kinds.ImageToVideo, id)).Status);
        return id;
    }

    private static Task<System.Text.Json.JsonElement> UpdateAsync(TestSimulator sim, string preVideoId) =>
        sim.PostAsync(TestSimulator.UpdateAudioPath, new { pre_video_id = preVideoId, audio_type = 2, audio_url = Music });

    private static (string?, int, bool) Describe(System.Text.Json.JsonElement result) =>
        (result.GetProperty("_id").GetString(), result.GetProperty("status").GetInt32(), result.GetProperty("only_add_audio").GetBoolean());
}
