using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>The clock-driven state machine, on a manual clock so every instant is exact.</summary>
public sealed class JobLifecycleTests
{
    [Fact]
    public async Task A_job_queues_then_processes_with_rising_progress_then_completes_with_urls()
    {
        var clock = new ManualClock();
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, JobDurationMs = 3000 });
        var id = await sim.CreateJobAsync();

        var queued = await sim.InfoAsync(id);
        Assert.Equal((1, 0), Status(queued));

        var seen = new List<int>();
        for (var elapsed = 500; elapsed < 3000; elapsed += 250)
        {
            clock.AdvanceMs(elapsed == 500 ? 500 : 250);
            var processing = await sim.InfoAsync(id);
            Assert.Equal(2, processing.GetProperty("video_status").GetInt32());
            Assert.Equal("", processing.GetProperty("video").GetString());
            seen.Add(processing.GetProperty("progress").GetInt32());
        }

        Assert.Equal(1, seen[0]);
        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} then {pair.Second}"));
        Assert.InRange(seen[^1], 80, 99);

        clock.AdvanceMs(250);
        var completed = await sim.InfoAsync(id);
        Assert.Equal((3, 100), Status(completed));
        Assert.Equal($"{sim.Server.BaseUri}files/{id}/video.mp4", completed.GetProperty("video").GetString());
        Assert.True(completed.GetProperty("deduction_duration").GetInt32() > 0);
        var splits = completed.GetProperty("audio_splits");
        Assert.EndsWith($"/files/{id}/original.srt", splits.GetProperty("original_srt_url").GetString());
        Assert.EndsWith($"/files/{id}/translated.srt", splits.GetProperty("translated_srt_url").GetString());
        Assert.EndsWith($"/files/{id}/no-caption.mp4", splits.GetProperty("no_caption_video_url").GetString());
    }

    [Fact]
    public async Task A_planned_failure_stops_at_its_progress_with_error_code_and_reason()
    {
        var clock = new ManualClock();
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, JobDurationMs = 1000 });
        using var planned = await sim.AdminAsync(HttpMethod.Post, "next-jobs", new
        {
            count = 1,
            durationMs = 2000,
            fail = new { errorCode = 1205, errorReason = "Create video error, please try again later", atProgress = 40 },
        });
        planned.EnsureSuccessStatusCode();

        var failing = await sim.CreateJobAsync();
        var normal = await sim.CreateJobAsync();
        clock.AdvanceMs(900);
        Assert.Equal(2, (await sim.InfoAsync(failing)).GetProperty("video_status").GetInt32());
        clock.AdvanceMs(300);

        var failed = await sim.InfoAsync(failing);
        Assert.Equal((4, 40), Status(failed));
        Assert.Equal(1205, failed.GetProperty("error_code").GetInt32());
        Assert.Equal("Create video error, please try again later", failed.GetProperty("error_reason").GetString());
        Assert.Equal("", failed.GetProperty("video").GetString());
        Assert.Equal(3, (await sim.InfoAsync(normal)).GetProperty("video_status").GetInt32());
        Assert.Empty(sim.State.GetPlannedJobs());
    }

    [Fact]
    public async Task Admin_changes_complete_fail_or_stretch_a_running_job_but_not_a_finished_one()
    {
        var clock = new ManualClock();
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, JobDurationMs = 10_000 });
        var toComplete = await sim.CreateJobAsync();
        var toFail = await sim.CreateJobAsync();
        var toStretch = await sim.CreateJobAsync();
        clock.AdvanceMs(5000);
        var before = (await sim.InfoAsync(toStretch)).GetProperty("progress").GetInt32();

        sim.State.ChangeJob(toComplete, new JobChange { Complete = true });
        using var failed = await sim.AdminAsync(HttpMethod.Post, $"jobs/{toFail}", new { fail = new { errorCode = 1201, errorReason = "audio" } });
        using var stretched = await sim.AdminAsync(HttpMethod.Post, $"jobs/{toStretch}", new { durationMs = 60_000 });
        using var late = await sim.AdminAsync(HttpMethod.Post, $"jobs/{toComplete}", new { durationMs = 1 });
        using var unknown = await sim.AdminAsync(HttpMethod.Post, "jobs/0123456789abcdef01234567", new { complete = true });

        Assert.Equal(3, (await sim.InfoAsync(toComplete)).GetProperty("video_status").GetInt32());
        Assert.Equal((4, before), Status(await sim.InfoAsync(toFail)));
        Assert.Equal(System.Net.HttpStatusCode.OK, stretched.StatusCode);
        Assert.Equal(60_000, (await TestSimulator.ReadJsonAsync(stretched)).GetProperty("durationMs").GetInt64());
        Assert.Equal(before, (await sim.InfoAsync(toStretch)).GetProperty("progress").GetInt32());
        clock.AdvanceMs(5000);
        Assert.Equal(2, (await sim.InfoAsync(toStretch)).GetProperty("video_status").GetInt32());
        Assert.Equal(System.Net.HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_forgotten_job_is_not_found_and_its_files_are_gone()
    {
        var clock = new ManualClock();
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock });
        var id = await sim.CreateJobAsync();
        clock.AdvanceMs(10_000);

        using var deleted = await sim.AdminAsync(HttpMethod.Delete, $"jobs/{id}");
        using var file = await sim.Http.GetAsync($"files/{id}/video.mp4");

        Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        JsonAssert.Error(await sim.GetAsync($"{TestSimulator.InfoPath}?video_model_id={id}"), 1008);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, file.StatusCode);
    }

    [Fact]
    public async Task On_the_real_clock_a_short_job_completes_by_itself()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 150 });
        var id = await sim.CreateJobAsync();

        await TestSimulator.WaitUntilAsync(async () => (await sim.InfoAsync(id)).GetProperty("video_status").GetInt32() == 3);

        var jobs = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "jobs"));
        Assert.Equal(3, jobs[0].GetProperty("status").GetInt32());
        Assert.Equal("videoTranslation", jobs[0].GetProperty("kind").GetString());
    }

    private static (int Status, int Progress) Status(JsonElement info) =>
        (info.GetProperty("video_status").GetInt32(), info.GetProperty("progress").GetInt32());
}
