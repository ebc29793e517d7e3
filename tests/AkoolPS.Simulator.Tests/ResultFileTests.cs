using System.Net;
using System.Net.Http.Headers;

namespace AkoolPS.Simulator.Tests;

public sealed class ResultFileTests
{
    private const int Size = 100_000;

    [Fact]
    public async Task Ranges_answer_206_with_content_range_and_the_same_bytes_as_the_whole_file()
    {
        var (sim, clock, id) = await StartWithCompletedJobAsync();
        await using var _ = sim;
        var path = $"files/{id}/video.mp4";

        using var whole = await sim.Http.GetAsync(path);
        var all = await whole.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(Size, all.Length);
        Assert.Equal(Size, whole.Content.Headers.ContentLength);
        Assert.Equal("video/mp4", whole.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bytes", whole.Headers.AcceptRanges);
        Assert.Equal("ftyp"u8.ToArray(), all[4..8]);

        await AssertRangeAsync(sim, path, "bytes=10-19", all, 10, 19);
        await AssertRangeAsync(sim, path, $"bytes={Size - 7}-", all, Size - 7, Size - 1);
        await AssertRangeAsync(sim, path, "bytes=-300", all, Size - 300, Size - 1);
        await AssertRangeAsync(sim, path, $"bytes=99990-{Size + 500}", all, 99990, Size - 1);
        Assert.Equal(all, await sim.Http.GetByteArrayAsync(path));
    }

    [Theory]
    [InlineData("bytes=100000-")]
    [InlineData("bytes=200000-200010")]
    [InlineData("bytes=-0")]
    public async Task A_range_past_the_end_is_416_with_the_length(string range)
    {
        var (sim, _, id) = await StartWithCompletedJobAsync();
        await using var __ = sim;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"files/{id}/video.mp4");
        request.Headers.TryAddWithoutValidation("Range", range);

        using var response = await sim.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{Size}", response.Content.Headers.GetValues("Content-Range").Single());
    }

    [Fact]
    public async Task Head_gives_the_headers_without_a_body_and_a_gigabyte_is_served_without_holding_it()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0, ResultSizeBytes = 1L << 30 });
        var id = await sim.CreateJobAsync();

        using var head = await sim.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"files/{id}/video.mp4"));
        using var tail = new HttpRequestMessage(HttpMethod.Get, $"files/{id}/video.mp4") { Headers = { Range = new RangeHeaderValue(null, 1000) } };
        using var end = await sim.Http.SendAsync(tail);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(1L << 30, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, end.StatusCode);
        Assert.Equal(1000, (await end.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Bytes_are_stable_per_job_and_differ_between_jobs_and_subtitles_are_srt()
    {
        var (sim, _, id) = await StartWithCompletedJobAsync();
        await using var _ = sim;
        var otherId = await sim.CreateJobAsync("fr");
        sim.State.ChangeJob(otherId, new JobChange { Complete = true });

        var first = await sim.Http.GetByteArrayAsync($"files/{id}/video.mp4");
        Assert.Equal(first, await sim.Http.GetByteArrayAsync($"files/{id}/video.mp4"));
        Assert.NotEqual(first, await sim.Http.GetByteArrayAsync($"files/{otherId}/video.mp4"));
        Assert.NotEqual(first, await sim.Http.GetByteArrayAsync($"files/{id}/no-caption.mp4"));

        var srt = await sim.Http.GetStringAsync($"files/{id}/translated.srt");
        Assert.StartsWith("1\n00:00:00,000 --> 00:00:02,400\n", srt, StringComparison.Ordinal);
        Assert.Contains("[ja]", srt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_are_404_until_completed_and_403_once_expired()
    {
        var clock = new ManualClock();
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, JobDurationMs = 1000, ResultLifetimeSec = 60 });
        var id = await sim.CreateJobAsync();
        var path = $"files/{id}/video.mp4";

        Assert.Equal(HttpStatusCode.NotFound, (await sim.Http.GetAsync(path)).StatusCode);
        clock.AdvanceMs(1000);
        Assert.Equal(HttpStatusCode.OK, (await sim.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sim.Http.GetAsync($"files/{id}/unknown.bin")).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.Forbidden, (await sim.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sim.Http.GetAsync($"files/{id}/original.srt")).StatusCode);
    }

    [Fact]
    public async Task If_range_with_a_stale_etag_gets_the_whole_file()
    {
        var (sim, _, id) = await StartWithCompletedJobAsync();
        await using var _ = sim;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"files/{id}/video.mp4");
        request.Headers.TryAddWithoutValidation("Range", "bytes=0-9");
        request.Headers.TryAddWithoutValidation("If-Range", "\"stale\"");

        using var response = await sim.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Size, response.Content.Headers.ContentLength);
    }

    internal static async Task<(TestSimulator Sim, ManualClock Clock, string Id)> StartWithCompletedJobAsync()
    {
        var clock = new ManualClock();
        var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, JobDurationMs = 1000, ResultSizeBytes = Size });
        var id = await sim.CreateJobAsync();
        clock.AdvanceMs(1000);
        return (sim, clock, id);
    }

    private static async Task AssertRangeAsync(TestSimulator sim, string path, string range, byte[] all, int from, int to)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Range", range);

        using var response = await sim.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {from}-{to}/{all.Length}", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal(to - from + 1, response.Content.Headers.ContentLength);
        Assert.Equal(all[from..(to + 1)], await response.Content.ReadAsByteArrayAsync());
    }
}
