using System.Net;

namespace AkoolPS.Simulator.Tests;

/// <summary>The faults only files have: a connection cut mid-body, and a Range header ignored.</summary>
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
}
