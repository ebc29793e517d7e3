using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

public sealed class FaultTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string LanguagesPath = "/api/open/v3/language/list";
    private const string CreateBody = """{"url":"https://example.com/a.mp4","language":"ja"}""";

    [Fact]
    public async Task Status_sends_the_http_status_and_retry_after_then_the_next_request_is_normal()
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = LanguagesPath, kind = "status", status = 503, retryAfter = "7" });

        using var faulted = await sim.SendAsync(HttpMethod.Get, LanguagesPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal("7", faulted.Headers.GetValues("Retry-After").Single());
        Assert.Equal("text/plain", faulted.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1000, JsonAssert.Code(await sim.GetAsync(LanguagesPath)));
    }

    [Fact]
    public async Task Code_answers_http_200_with_the_business_code_and_its_message()
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = TestSimulator.CreatePath, method = "POST", kind = "code", code = 1005 });

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.CreatePath, CreateBody), 1005, "Frequent operation");
        Assert.Empty(sim.State.GetJobs());
    }

    [Fact]
    public async Task Not_json_sends_a_proxy_html_page()
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = "/api/*", kind = "notJson" });

        using var response = await sim.SendAsync(HttpMethod.Get, LanguagesPath);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delay_and_latency_hold_the_answer_back()
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = LanguagesPath, kind = "delay", delayMs = 300 });
        var watch = Stopwatch.StartNew();

        Assert.Equal(1000, JsonAssert.Code(await sim.GetAsync(LanguagesPath)));
        Assert.True(watch.ElapsedMilliseconds >= 290, $"{watch.ElapsedMilliseconds} ms");

        sim.State.UpdateConfig(c => c with { LatencyMs = 200 });
        watch.Restart();
        Assert.Equal(1000, JsonAssert.Code(await sim.GetAsync(LanguagesPath)));
        Assert.True(watch.ElapsedMilliseconds >= 190, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Drop_aborts_without_an_answer()
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = LanguagesPath, kind = "drop" });

        await Assert.ThrowsAsync<HttpRequestException>(() => sim.SendAsync(HttpMethod.Get, LanguagesPath));

        var entry = Assert.Single(sim.State.GetJournal(LanguagesPath));
        Assert.Null(entry.Status);
        Assert.Equal("drop", entry.Fault);
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("code")]
    [InlineData("status")]
    [InlineData("delay")]
    public async Task Phase_after_creates_exactly_one_job_whatever_the_client_sees(string kind)
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = TestSimulator.CreatePath, kind, phase = "after", code = 1015, status = 504, delayMs = 50 });

        try
        {
            using var response = await sim.SendAsync(HttpMethod.Post, TestSimulator.CreatePath, CreateBody);
            var expected = kind switch { "status" => HttpStatusCode.GatewayTimeout, _ => HttpStatusCode.OK };
            Assert.Equal(expected, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains(kind switch { "code" => "1015", "delay" => "\"code\":1000", _ => "504" }, text, StringComparison.Ordinal);
        }
        catch (HttpRequestException) when (kind == "drop")
        {
            // Dropped: the client cannot know that the job exists.
        }

        Assert.Single(sim.State.GetJobs());
        var entry = Assert.Single(sim.State.GetJournal(TestSimulator.CreatePath));
        Assert.Equal(kind, entry.Fault);
        Assert.Equal(kind switch { "code" => 1015, "delay" => 1000, _ => null }, entry.Code);
    }

    [Fact]
    public async Task The_new_routes_are_faulted_too_and_a_dropped_create_is_still_paid_for()
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = TestSimulator.ImageVideoPath, kind = "drop", phase = "after" });
        await AddAsync(sim, new { path = "/api/open/v4/image2Video/*", kind = "status", status = 503 });

        await Assert.ThrowsAsync<HttpRequestException>(() => sim.PostAsync(TestSimulator.ImageVideoPath, Kinds.ImageVideoBody()));
        using var unavailable = await sim.SendAsync(HttpMethod.Post, TestSimulator.ResultsPath, """{"_ids":"x"}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(JobKind.ImageToVideo, Assert.Single(sim.State.GetJobs()).Kind);
        Assert.Equal(SimulatorOptions.DefaultCredit - 20, await sim.CreditAsync());
        Assert.Equal(["drop", "status"], sim.State.GetJournal("/api/open/v4/*").Select(e => e.Fault));
    }

    [Fact]
    public async Task Times_counts_matching_requests_and_zero_lasts_until_cleared()
    {
        var sim = shared.Fresh();
        sim.State.UpdateConfig(c => c with { LegacyVoiceList = true });
        await AddAsync(sim, new { path = LanguagesPath, kind = "code", code = 1015, times = 2 });
        await AddAsync(sim, new { path = "/api/open/v4/*", method = "GET", kind = "code", code = 1005, times = 0 });

        var codes = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(JsonAssert.Code(await sim.GetAsync(LanguagesPath)));
            codes.Add(JsonAssert.Code(await sim.GetAsync("/api/open/v4/voice/videoTranslation")));
        }

        Assert.Equal([1015, 1005, 1015, 1005, 1000, 1005], codes);
        var listed = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "faults"));
        Assert.Equal(2, listed[0].GetProperty("applied").GetInt32());
        Assert.Equal(0, listed[0].GetProperty("remaining").GetInt32());
        Assert.Equal(JsonValueKind.Null, listed[1].GetProperty("remaining").ValueKind);

        (await sim.AdminAsync(HttpMethod.Delete, "faults")).EnsureSuccessStatusCode();
        Assert.Equal(1000, JsonAssert.Code(await sim.GetAsync("/api/open/v4/voice/videoTranslation")));
    }

    [Fact]
    public async Task A_fault_for_one_request_hits_exactly_one_of_many_concurrent_ones()
    {
        var sim = shared.Fresh();
        await AddAsync(sim, new { path = TestSimulator.CreatePath, kind = "code", code = 1005, times = 1 });

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => sim.ApiAsync(HttpMethod.Post, TestSimulator.CreatePath, CreateBody)));

        Assert.Equal(1, answers.Count(a => JsonAssert.Code(a) == 1005));
        Assert.Equal(39, sim.State.GetJobs().Count);
        Assert.Equal(39, sim.State.GetJobs().Select(j => j.Id).Distinct().Count());
        Assert.Equal(40, sim.State.GetJournal().Select(e => e.Seq).Distinct().Count());
    }

    [Theory]
    [InlineData("""{"path":"/api/*"}""")]
    [InlineData("""{"path":"/api/*","kind":"status"}""")]
    [InlineData("""{"path":"api","kind":"drop"}""")]
    [InlineData("""{"path":"/api/*","kind":"drop","tims":2}""")]
    [InlineData("""{"path":"/api/*","kind":"explode"}""")]
    public async Task Bad_fault_rules_are_refused_with_400(string rule)
    {
        var sim = shared.Fresh();
        using var request = new HttpRequestMessage(HttpMethod.Post, "__admin/faults") { Content = new StringContent(rule) };

        using var response = await sim.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await TestSimulator.ReadJsonAsync(response)).TryGetProperty("error", out _));
    }

    internal static async Task AddAsync(TestSimulator sim, object rule)
    {
        using var response = await sim.AdminAsync(HttpMethod.Post, "faults", rule);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
