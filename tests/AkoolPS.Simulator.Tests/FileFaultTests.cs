using System.Net;

namespace AkoolPS.Simulator.Tests;

/// <summary>
/// The faults only files have: a connection cut mid-body, a Range header ignored, a stalled body, a 206 for
/// the wrong range or without Content-Range, a file replaced by a new version; and the bandwidth cap.
/// </summary>
public sealed class FileFaultTests
{
    [Fact]
    public async Task Cut_delivers_exactly_the_first_bytes_then_ends_the_body_early()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        await FaultTests.AddAsync(sim, new { path = "/files/*", kind = "cut", cutAfterBytes = 1000 });

        using var response = await sim.Http.GetAsync($"files/{id}/video.mp4", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var received = 0;
        var buffer = new byte[8192];
        await Assert.ThrowsAnyAsync<IOException>(async () =>
        {
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                received += read;
            }
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100_000, response.Content.Headers.ContentLength);
        Assert.Equal(1000, received);
        Assert.Equal("cut", Assert.Single(sim.State.GetJournal("/files/*")).Fault);
    }

    [Fact]
    public async Task Ignore_range_answers_200_with_the_whole_body()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        await FaultTests.AddAsync(sim, new { path = $"/files/{id}/video.mp4", method = "GET", kind = "ignoreRange" });
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"files/{id}/video.mp4");
        ranged.Headers.TryAddWithoutValidation("Range", "bytes=0-9");

        using var whole = await sim.Http.SendAsync(ranged);

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.False(whole.Content.Headers.Contains("Content-Range"));
        Assert.Equal(100_000, (await whole.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Stall_sends_the_headers_and_the_first_bytes_then_nothing()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        await FaultTests.AddAsync(sim, new { path = "/files/*", kind = "stall", cutAfterBytes = 1000 });

        using var response = await sim.Http.GetAsync($"files/{id}/video.mp4", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[200_000];
        var received = 0;
        while (received < 1000)
        {
            received += await body.ReadAsync(buffer.AsMemory(received));
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await body.ReadAtLeastAsync(buffer, 1, cancellationToken: patience.Token));
        Assert.Equal(1000, received);
        Assert.Equal(100_000, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Wrong_range_answers_206_for_another_range_and_says_so()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        await FaultTests.AddAsync(sim, new { path = "/files/*", kind = "wrongRange" });

        using var response = await SendRangeAsync(sim, $"files/{id}/video.mp4", "bytes=1000-");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 500-99999/100000", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal(99_500, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task No_content_range_answers_206_with_the_bytes_but_without_the_header()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        await FaultTests.AddAsync(sim, new { path = "/files/*", kind = "noContentRange" });

        using var response = await SendRangeAsync(sim, $"files/{id}/video.mp4", "bytes=1000-");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.False(response.Content.Headers.Contains("Content-Range"));
        Assert.Equal(99_000, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.OK)]
    [InlineData(true, HttpStatusCode.PartialContent)]
    public async Task New_version_serves_other_bytes_of_the_same_length_under_another_etag(bool ignoreIfRange, HttpStatusCode ranged)
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        var path = $"files/{id}/video.mp4";
        using var before = await sim.Http.GetAsync(path);
        var original = await before.Content.ReadAsByteArrayAsync();
        await FaultTests.AddAsync(sim, new { path = "/files/*", kind = "newVersion", ignoreIfRange, times = 0 });

        using var after = await sim.Http.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Range", "bytes=1000-");
        request.Headers.TryAddWithoutValidation("If-Range", before.Headers.ETag!.Tag);
        using var resumed = await sim.Http.SendAsync(request);

        var changed = await after.Content.ReadAsByteArrayAsync();
        Assert.Equal(original.Length, changed.Length);
        Assert.NotEqual(original, changed);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(ranged, resumed.StatusCode);
    }

    [Fact]
    public async Task Whatever_follows_the_file_name_is_ignored()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;

        using var response = await sim.Http.GetAsync($"files/{id}/video.mp4/evil.ps1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100_000, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Rewrite_sets_fields_of_the_answers_data()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        await FaultTests.AddAsync(sim, new { path = TestSimulator.InfoPath, kind = "rewrite", set = new { _id = "../../x", video = "file:///etc/passwd" } });

        var data = (await sim.GetAsync($"api/open/v3/content/video/infobymodelid?video_model_id={id}")).GetProperty("data");

        Assert.Equal("../../x", data.GetProperty("_id").GetString());
        Assert.Equal("file:///etc/passwd", data.GetProperty("video").GetString());
        Assert.Equal(3, data.GetProperty("video_status").GetInt32());
    }

    [Fact]
    public async Task The_bandwidth_cap_holds_each_download_to_its_rate()
    {
        var (sim, _, id) = await ResultFileTests.StartWithCompletedJobAsync();
        await using var __ = sim;
        using var set = await sim.AdminAsync(HttpMethod.Post, "config", new { bandwidthBytesPerSec = 100_000 });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var both = await Task.WhenAll(sim.Http.GetByteArrayAsync($"files/{id}/video.mp4"), sim.Http.GetByteArrayAsync($"files/{id}/video.mp4"));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.All(both, bytes => Assert.Equal(100_000, bytes.Length));
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 1.9);
        Assert.Equal(250_000, CommandLine.Parse(["--bandwidth-bytes-per-sec", "250000"]).Options.BandwidthBytesPerSec);
    }

    private static async Task<HttpResponseMessage> SendRangeAsync(TestSimulator sim, string path, string range)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Range", range);
        return await sim.Http.SendAsync(request);
    }
}
