namespace AkoolPS.Simulator.Tests;

public sealed class CreateTranslationTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private static readonly string[] SampleFields =
    [
        "_id", "create_time", "uid", "team_id", "target_video", "language", "source_language", "video_id", "video_status",
        "video_lock_duration", "deduction_lock_duration", "video", "credentialId", "task_id", "target_video_md5",
        "lipsync", "lipSyncType", "speaker_num", "webhookUrl",
    ];

    [Fact]
    public async Task Several_languages_make_one_job_each_answered_as_data_and_all_results()
    {
        var sim = shared.Fresh();

        var created = await sim.CreateAsync(new
        {
            url = "https://example.com/source.mp4",
            language = "ja,fr,de",
            source_language = "en",
            lipsync = true,
            webhookUrl = "https://hooks.example.com/akool",
        });

        var results = created.GetProperty("all_results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(1000, JsonAssert.Code(r)));
        var jobs = results.Select(r => r.GetProperty("data")).ToList();
        Assert.Equal(["ja", "fr", "de"], jobs.Select(j => j.GetProperty("language").GetString()));
        var ids = jobs.Select(j => j.GetProperty("_id").GetString()).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(JsonAssert.IsObjectId(id), id));
        Assert.Equal(ids[0], created.GetProperty("data").GetProperty("_id").GetString());
        Assert.Equal(3, sim.State.GetJobs().Count);

        var first = jobs[0];
        JsonAssert.HasFields(first, SampleFields);
        Assert.Equal("https://example.com/source.mp4", first.GetProperty("target_video").GetString());
        Assert.Equal("en", first.GetProperty("source_language").GetString());
        Assert.Equal(1, first.GetProperty("video_status").GetInt32());
        Assert.Equal("", first.GetProperty("video").GetString());
        Assert.True(first.GetProperty("lipsync").GetBoolean());
        Assert.Equal("https://hooks.example.com/akool", first.GetProperty("webhookUrl").GetString());
        Assert.Equal(first.GetProperty("video_id").GetString(), first.GetProperty("task_id").GetString());
    }

    [Fact]
    public async Task Source_language_defaults_to_DEFAULT()
    {
        var sim = shared.Fresh();

        var created = await sim.CreateAsync(new { url = "https://example.com/a.mp4", language = "es" });

        Assert.Equal("DEFAULT", created.GetProperty("data").GetProperty("source_language").GetString());
    }

    [Fact]
    public async Task Info_needs_an_id_and_knows_only_existing_jobs()
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.GetAsync(TestSimulator.InfoPath), 1003, "video_model_id is required");
        JsonAssert.Error(await sim.GetAsync($"{TestSimulator.InfoPath}?video_model_id=0123456789abcdef01234567"), 1008, "does not exist");
    }

    [Fact]
    public async Task Info_answers_only_documented_fields_without_the_languages()
    {
        var sim = shared.Fresh();
        sim.State.PlanNextJobs(new JobPlan { DurationMs = 600_000 });
        var id = await sim.CreateJobAsync();

        var info = await sim.InfoAsync(id);

        JsonAssert.HasFields(info, "_id", "create_time", "uid", "team_id", "video_id", "video_status", "video", "progress");
        Assert.False(info.TryGetProperty("language", out _));
        Assert.False(info.TryGetProperty("source_language", out _));
        Assert.False(info.TryGetProperty("error_code", out _));
        Assert.False(info.TryGetProperty("audio_splits", out _));
    }
}
