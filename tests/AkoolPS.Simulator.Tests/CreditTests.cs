using System.Net;

namespace AkoolPS.Simulator.Tests;

/// <summary>The account's credit: quota/info reports it, every create pays from it, and a create it cannot pay is 1104.</summary>
public sealed class CreditTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    [Fact]
    public async Task Quota_info_answers_the_documented_shape_with_the_configured_credit()
    {
        var sim = shared.Fresh();

        var answer = await sim.GetAsync(TestSimulator.QuotaPath);

        Assert.Equal(1000, JsonAssert.Code(answer));
        Assert.Equal("OK", answer.GetProperty("msg").GetString());
        Assert.Equal(SimulatorOptions.DefaultCredit, answer.GetProperty("data").GetProperty("credit").GetInt64());
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, TestSimulator.QuotaPath, apiKey: null), 1102);
    }

    [Fact]
    public async Task Every_create_takes_its_cost_translation_per_language()
    {
        var sim = shared.Fresh();
        var expected = SimulatorOptions.DefaultCredit;

        var translation = await sim.CreateAsync(new { url = "https://example.com/source.mp4", language = "ja,fr" });
        expected -= translation.GetProperty("all_results").EnumerateArray().Sum(r => r.GetProperty("data").GetProperty("deduction_lock_duration").GetInt32());
        Assert.Equal(expected, await sim.CreditAsync());

        foreach (var kind in new[] { Kinds.TalkingPhoto, Kinds.LipSync })
        {
            var (path, body) = Kinds.Request(kind);
            expected -= Kinds.Data(await sim.PostAsync(path, body)).GetProperty("deduction_lock_duration").GetInt32();
            Assert.Equal(expected, await sim.CreditAsync());
        }

        await sim.PostAsync(TestSimulator.ImageVideoPath, Kinds.ImageVideoBody("1080p", 10));
        Assert.Equal(expected - 50, await sim.CreditAsync());
    }

    [Fact]
    public async Task A_create_the_balance_cannot_pay_is_1104_and_creates_nothing()
    {
        var sim = shared.Fresh();
        sim.State.PlanNextJobs(new JobPlan { DurationMs = 1234 });
        using var set = await sim.AdminAsync(HttpMethod.Post, "config", new { credit = 39 });

        var tooDear = await sim.PostAsync(TestSimulator.ImageVideoPath, Kinds.ImageVideoBody("720p", 10));
        JsonAssert.Error(tooDear, 1104, "Insufficient credit balance");
        Assert.Empty(sim.State.GetJobs());
        Assert.Single(sim.State.GetPlannedJobs());
        Assert.Equal(39, await sim.CreditAsync());

        Assert.Equal(1000, JsonAssert.Code(await sim.PostAsync(TestSimulator.ImageVideoPath, Kinds.ImageVideoBody("720p", 5))));
        Assert.Equal(19, await sim.CreditAsync());
        Assert.Equal(1234, Assert.Single(sim.State.GetJobs()).DurationMs);
    }

    [Fact]
    public async Task A_translation_pays_for_all_its_languages_or_creates_none()
    {
        var sim = shared.Fresh();
        var one = await sim.CreateAsync(new { url = "https://example.com/source.mp4", language = "ja" });
        var price = one.GetProperty("data").GetProperty("deduction_lock_duration").GetInt32();
        sim.State.UpdateConfig(c => c with { Credit = (2 * price) + 1 });

        JsonAssert.Error(await sim.CreateAsync(new { url = "https://example.com/source.mp4", language = "ja,fr,de" }), 1104);

        Assert.Single(sim.State.GetJobs());
        Assert.Equal((2 * price) + 1, await sim.CreditAsync());
        Assert.Equal(1000, JsonAssert.Code(await sim.CreateAsync(new { url = "https://example.com/source.mp4", language = "ja,fr" })));
        Assert.Equal(1, await sim.CreditAsync());
    }

    [Fact]
    public async Task Validation_comes_before_billing_and_reset_refills_the_balance()
    {
        var sim = shared.Fresh();
        sim.State.UpdateConfig(c => c with { Credit = 0 });

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.LipSyncPath, """{"video_url":"https://example.com/v.mp4"}"""), 1003, "audio_url is required");
        JsonAssert.Error(await sim.PostAsync(TestSimulator.LipSyncPath, Kinds.Request(Kinds.LipSync).Body), 1104);
        using var reset = await sim.AdminAsync(HttpMethod.Post, "reset");

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(SimulatorOptions.DefaultCredit, await sim.CreditAsync());
    }

    [Fact]
    public async Task Credit_is_part_of_the_admin_config()
    {
        var sim = shared.Fresh();

        using var set = await sim.AdminAsync(HttpMethod.Post, "config", new { credit = 77 });
        using var negative = await sim.AdminAsync(HttpMethod.Post, "config", new { credit = -1 });
        var config = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "config"));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(77, config.GetProperty("credit").GetInt64());
        Assert.Equal(77, await sim.CreditAsync());
    }

    [Fact]
    public async Task The_start_up_credit_comes_from_the_options_or_the_command_line()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { Credit = 12 });
        var parsed = CommandLine.Parse(["--credit", "345", "--webhook-attempts=2", "--webhook-retry-delay-ms", "15"]).Options;

        Assert.Equal(12, await sim.CreditAsync());
        Assert.Equal((345L, 2, 15), (parsed.Credit, parsed.WebhookAttempts, parsed.WebhookRetryDelayMs));
        Assert.Throws<FormatException>(() => CommandLine.Parse(["--credit", "-5"]));
    }
}
