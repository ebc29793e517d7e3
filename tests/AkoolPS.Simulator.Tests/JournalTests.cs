using System.Net;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

public sealed class JournalTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    [Fact]
    public async Task Every_api_and_file_request_is_recorded_in_order_without_header_values()
    {
        var sim = shared.Fresh();
        var pair = JsonSerializer.Serialize(new { clientId = SimulatorOptions.DefaultClientId, clientSecret = SimulatorOptions.DefaultApiKey });
        var token = (await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, pair, apiKey: null)).GetProperty("token").GetString();
        await sim.ApiAsync(HttpMethod.Get, "/api/open/v3/language/list", bearer: token);
        await sim.ApiAsync(HttpMethod.Get, "/api/open/v3/language/list?x=1", apiKey: "wrong");
        await sim.Http.GetAsync("files/0123456789abcdef01234567/video.mp4");
        await sim.AdminAsync(HttpMethod.Get, "jobs");

        using var response = await sim.AdminAsync(HttpMethod.Get, "journal");
        var raw = await response.Content.ReadAsStringAsync();
        var entries = sim.State.GetJournal();

        Assert.Equal(4, entries.Count);
        Assert.Equal(entries.Select(e => e.Seq).Order(), entries.Select(e => e.Seq));
        Assert.Equal(["none", "both", "apiKey", "none"], entries.Select(e => e.Auth));
        Assert.Equal("""{"clientId":"sim-client-00001","clientSecret":"***"}""", entries[0].Body);
        Assert.Equal(1000, entries[0].Code);
        Assert.Equal((200, 1101, "x=1"), (entries[2].Status!.Value, entries[2].Code!.Value, entries[2].Query!));
        Assert.Equal((404, (int?)null), (entries[3].Status!.Value, entries[3].Code));
        Assert.DoesNotContain(SimulatorOptions.DefaultApiKey, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(token!, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", raw, StringComparison.Ordinal);
        JsonAssert.HasFields(JsonDocument.Parse(raw).RootElement[0], "seq", "time", "method", "path", "query", "auth", "status", "code", "fault", "body");
    }

    [Fact]
    public async Task The_journal_filters_by_path_pattern_and_method_and_can_be_cleared()
    {
        var sim = shared.Fresh();
        sim.State.UpdateConfig(c => c with { LegacyVoiceList = true });
        await sim.CreateJobAsync();
        await sim.GetAsync("/api/open/v3/language/list");
        await sim.GetAsync("/api/open/v4/voice/videoTranslation");

        var posts = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "journal?method=post"));
        var v3 = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "journal?path=/api/open/v3/*"));
        var exact = sim.State.GetJournal("/api/open/v4/voice/videoTranslation", "GET");

        Assert.Equal(1, posts.GetArrayLength());
        Assert.Equal(TestSimulator.CreatePath, posts[0].GetProperty("path").GetString());
        Assert.Contains("\"language\":\"ja\"", posts[0].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, v3.GetArrayLength());
        Assert.Single(exact);

        var lastSeq = sim.State.GetJournal()[^1].Seq;
        Assert.Equal(HttpStatusCode.NoContent, (await sim.AdminAsync(HttpMethod.Delete, "journal")).StatusCode);
        Assert.Empty(sim.State.GetJournal());
        await sim.GetAsync("/api/open/v3/language/list");
        Assert.Equal(lastSeq + 1, Assert.Single(sim.State.GetJournal()).Seq);
    }

    [Fact]
    public async Task Large_bodies_are_cut_at_64_KiB_and_secrets_are_masked_even_in_broken_json()
    {
        var sim = shared.Fresh();
        var big = JsonSerializer.Serialize(new { url = "https://example.com/" + new string('a', 100_000), language = "ja" });

        await sim.ApiAsync(HttpMethod.Post, TestSimulator.CreatePath, big);
        await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, """{"clientSecret": "simulator-api-key-000001" """, apiKey: null);

        var entries = sim.State.GetJournal();
        Assert.Equal(64 * 1024, entries[0].Body!.Length);
        Assert.Equal(1000, entries[0].Code);
        Assert.DoesNotContain(SimulatorOptions.DefaultApiKey, entries[1].Body, StringComparison.Ordinal);
        Assert.Equal(1003, entries[1].Code);
    }
}
