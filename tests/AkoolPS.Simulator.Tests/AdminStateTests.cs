using System.Net;

namespace AkoolPS.Simulator.Tests;

public sealed class AdminStateTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    [Fact]
    public async Task Config_posts_merge_the_fields_given_and_refuse_unknown_or_bad_ones()
    {
        var sim = shared.Fresh();

        using var merged = await sim.AdminAsync(HttpMethod.Post, "config", new { latencyMs = 5, voiceCount = 10 });
        using var unknown = await sim.AdminAsync(HttpMethod.Post, "config", new { latency = 5 });
        using var negative = await sim.AdminAsync(HttpMethod.Post, "config", new { jobDurationMs = -1 });
        using var back = await sim.AdminAsync(HttpMethod.Post, "config", new { voiceCount = (int?)null });
        var config = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "config"));

        var after = await TestSimulator.ReadJsonAsync(merged);
        Assert.Equal((5, 10, 400), (after.GetProperty("latencyMs").GetInt32(), after.GetProperty("voiceCount").GetInt32(), after.GetProperty("jobDurationMs").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, config.GetProperty("voiceCount").ValueKind);
        Assert.Equal(5, config.GetProperty("latencyMs").GetInt32());
        JsonAssert.HasFields(config, "jobDurationMs", "latencyMs", "tokenLifetimeSec", "resultSizeBytes", "resultLifetimeSec", "voiceCount");
    }

    [Fact]
    public async Task Next_job_plans_are_used_one_job_at_a_time_across_languages()
    {
        var sim = shared.Fresh();
        (await sim.AdminAsync(HttpMethod.Post, "next-jobs", new { count = 2, durationMs = 12345 })).EnsureSuccessStatusCode();
        (await sim.AdminAsync(HttpMethod.Post, "next-jobs", new { count = 1, durationMs = 777 })).EnsureSuccessStatusCode();

        await sim.CreateJobAsync("ja,fr,de");
        await sim.CreateJobAsync("es");

        Assert.Equal([12345, 12345, 777, 400], sim.State.GetJobs().Select(j => j.DurationMs));
        Assert.Empty(sim.State.GetPlannedJobs());
    }

    [Fact]
    public async Task Job_listings_name_the_source_each_translation_was_made_from()
    {
        var sim = shared.Fresh();
        Assert.Equal(1000, (await sim.CreateAsync(new { url = "https://example.com/row-1.mp4", language = "ja,fr" })).GetProperty("code").GetInt32());
        Assert.Equal(1000, (await sim.CreateAsync(new { url = "https://example.com/row-2.mp4", language = "ja" })).GetProperty("code").GetInt32());

        var listed = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "jobs"));

        Assert.Equal(
            ["https://example.com/row-1.mp4 ja", "https://example.com/row-1.mp4 fr", "https://example.com/row-2.mp4 ja"],
            listed.EnumerateArray().Select(j => j.GetProperty("source").GetString() + " " + j.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Reset_returns_everything_to_the_start_up_state()
    {
        var sim = shared.Fresh();
        var pair = """{"clientId":"sim-client-00001","clientSecret":"simulator-api-key-000001"}""";
        var token = (await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, pair, apiKey: null)).GetProperty("token").GetString();
        var id = await sim.CreateJobAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Drop, Times = 0 });
        sim.State.PlanNextJobs(new JobPlan { Count = 3 });
        sim.State.UpdateConfig(c => c with { JobDurationMs = 1, LatencyMs = 1 });
        sim.State.RevokeTokens();

        using var reset = await sim.AdminAsync(HttpMethod.Post, "reset");

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Empty(sim.State.GetJobs());
        Assert.Empty(sim.State.GetJournal());
        Assert.Empty(sim.State.GetFaults());
        Assert.Empty(sim.State.GetPlannedJobs());
        Assert.Equal(sim.State.Options.JobDurationMs, sim.State.Config.JobDurationMs);
        Assert.Equal(0, sim.State.Config.LatencyMs);
        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Get, "/api/open/v3/language/list", apiKey: null, bearer: token)));
        JsonAssert.Error(await sim.GetAsync($"{TestSimulator.InfoPath}?video_model_id={id}"), 1008);
    }

    [Fact]
    public async Task Admin_routes_are_neither_journalled_nor_faulted()
    {
        var sim = shared.Fresh();
        sim.State.AddFault(new FaultRule { Path = "/*", Kind = FaultKind.Drop, Times = 0 });

        using var jobs = await sim.AdminAsync(HttpMethod.Get, "jobs");

        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Empty(sim.State.GetJournal());
    }
}
