using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>What every kind shares: the clock-driven lifecycle to a downloadable video, plans, admin changes and listings.</summary>
public sealed class JobKindTests(ClockedSimulator shared) : IClassFixture<ClockedSimulator>
{
    [Theory]
    [InlineData(Kinds.Translation)]
    [InlineData(Kinds.TalkingPhoto)]
    [InlineData(Kinds.LipSync)]
    [InlineData(Kinds.ImageToVideo)]
    public async Task Each_kind_queues_processes_and_completes_with_a_downloadable_video(string kind)
    {
        var (sim, clock) = (shared.Fresh(), shared.Clock);
        sim.State.UpdateConfig(c => c with { ResultSizeBytes = 5000 });
        var id = await Kinds.CreateAsync(sim, kind);

        Assert.Equal((1, ""), await Kinds.ReadAsync(sim, kind, id));
        clock.AdvanceMs(1000);
        Assert.Equal((2, ""), await Kinds.ReadAsync(sim, kind, id));
        clock.AdvanceMs(2000);
        var (status, url) = await Kinds.ReadAsync(sim, kind, id);

        Assert.Equal(3, status);
        Assert.Equal($"{sim.Server.BaseUri}files/{id}/video.mp4", url);
        var video = await sim.Http.GetByteArrayAsync(url);
        Assert.Equal(5000, video.Length);
        Assert.Equal("ftyp"u8.ToArray(), video[4..8]);
        using var range = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(100, 199) } };
        using var part = await sim.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(video[100..200], await part.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(Kinds.TalkingPhoto, "talkingPhoto")]
    [InlineData(Kinds.LipSync, "lipSync")]
    [InlineData(Kinds.ImageToVideo, "imageToVideo")]
    public async Task Plans_admin_changes_and_listings_work_for_every_kind(string kind, string listed)
    {
        var (sim, clock) = (shared.Fresh(), shared.Clock);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 10_000 });
        (await sim.AdminAsync(HttpMethod.Post, "next-jobs", new { fail = new { errorCode = 1015, errorReason = "Video processing error", atProgress = 0 } })).EnsureSuccessStatusCode();
        var failing = await Kinds.CreateAsync(sim, kind);
        var completing = await Kinds.CreateAsync(sim, kind);
        var stretched = await Kinds.CreateAsync(sim, kind);
        clock.AdvanceMs(1000);

        using var complete = await sim.AdminAsync(HttpMethod.Post, $"jobs/{completing}", new { complete = true });
        using var stretch = await sim.AdminAsync(HttpMethod.Post, $"jobs/{stretched}", new { durationMs = 60_000 });
        var jobs = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "jobs"));
        var one = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, $"jobs/{stretched}"));

        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stretch.StatusCode);
        Assert.Equal(4, (await Kinds.ReadAsync(sim, kind, failing)).Status);
        Assert.Equal(3, (await Kinds.ReadAsync(sim, kind, completing)).Status);
        Assert.Equal(2, (await Kinds.ReadAsync(sim, kind, stretched)).Status);
        Assert.All(jobs.EnumerateArray(), job => Assert.Equal(listed, job.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, jobs[0].GetProperty("language").ValueKind);
        Assert.Equal(60_000, one.GetProperty("durationMs").GetInt64());
        Assert.Equal(listed, one.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_failed_job_reports_its_error_in_the_kinds_own_read()
    {
        var (sim, clock) = (shared.Fresh(), shared.Clock);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 1000 });
        sim.State.PlanNextJobs(new JobPlan { Count = 2, Fail = new JobFailure { ErrorCode = 1108, ErrorReason = "image processing error", AtProgress = 30 } });
        var talking = await Kinds.CreateAsync(sim, Kinds.TalkingPhoto);
        var image = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);
        clock.AdvanceMs(1000);

        var info = await sim.InfoAsync(talking);
        var result = Assert.Single(await sim.ResultsAsync(image));

        Assert.Equal((4, 1108, "image processing error"), (info.GetProperty("video_status").GetInt32(), info.GetProperty("error_code").GetInt32(), info.GetProperty("error_reason").GetString()));
        Assert.Equal((4, 1108, "image processing error"), (result.GetProperty("status").GetInt32(), result.GetProperty("error_code").GetInt32(), result.GetProperty("error_reason").GetString()));
        Assert.False(result.TryGetProperty("video_url", out _));
    }

    [Fact]
    public async Task Each_read_knows_only_its_own_kinds()
    {
        var sim = shared.Fresh();
        var translation = await Kinds.CreateAsync(sim, Kinds.Translation);
        var image = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);

        JsonAssert.Error(await sim.GetAsync($"{TestSimulator.InfoPath}?video_model_id={image}"), 1008);
        Assert.Equal([image], (await sim.ResultsAsync(translation, image)).Select(r => r.GetProperty("_id").GetString()));
    }
}
