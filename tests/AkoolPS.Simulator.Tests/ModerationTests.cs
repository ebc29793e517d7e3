using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>Jarvis Moderator: create, infobyid, the verdict by the configured words, credits, refusals, webhooks.</summary>
public sealed class ModerationTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string CreatePath = "/api/open/v3/content/analysis/sentiment";
    private const string InfoPath = "/api/open/v3/content/analysis/infobyid";

    [Fact]
    public async Task Create_answers_the_documented_record_and_infobyid_the_verdict_once_completed()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });

        var created = Kinds.Data(await sim.PostAsync(CreatePath, new { content = "A calm walk in the park.", type = 4, language = "en", webhookUrl = "" }));

        JsonAssert.HasFields(created, "create_time", "uid", "type", "status", "webhookUrl", "result", "_id", "__v");
        Assert.Equal((4, 1, ""), (created.GetProperty("type").GetInt32(), created.GetProperty("status").GetInt32(), created.GetProperty("result").GetString()));
        var info = Kinds.Data(await sim.GetAsync($"{InfoPath}?_id={created.GetProperty("_id").GetString()}"));
        Assert.Equal((3, "Compliant"), (info.GetProperty("status").GetInt32(), info.GetProperty("final_conclusion").GetString()));
        Assert.EndsWith("Result: Compliant", info.GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.Equal(JobKind.Moderation, Assert.Single(sim.State.GetJobs()).Kind);
    }

    [Theory]
    [InlineData("They planned violence.", "Non-Compliant", "- violence:")]
    [InlineData("An ambiguous gesture.", "Unknown", "- ambiguous:")]
    [InlineData("A kind word.", "Compliant", "No inappropriate")]
    public async Task The_verdict_follows_the_default_words(string text, string conclusion, string reason)
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });

        var info = await CreateAndReadAsync(sim, new { content = text, type = 4 });

        Assert.Equal(conclusion, info.GetProperty("final_conclusion").GetString());
        Assert.StartsWith(reason, info.GetProperty("result").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_words_are_configurable_and_the_user_input_counts_too()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        using var patched = await sim.AdminAsync(HttpMethod.Post, "config", new { moderationBlockedWords = new[] { "pineapple" } });

        var media = await CreateAndReadAsync(sim, new { content = "https://example.com/pineapple.jpg", type = 1 });
        var input = await CreateAndReadAsync(sim, new { content = "A fruit salad.", type = 4, input = "pineapple" });
        var old = await CreateAndReadAsync(sim, new { content = "violence", type = 4 });

        Assert.True(patched.IsSuccessStatusCode);
        Assert.Equal(["Non-Compliant", "Non-Compliant", "Compliant"], new[] { media, input, old }.Select(i => i.GetProperty("final_conclusion").GetString()));
    }

    [Fact]
    public async Task Unfinished_analyses_have_no_conclusion_and_other_ids_are_not_found()
    {
        var sim = shared.Fresh();
        sim.State.UpdateConfig(c => c with { JobDurationMs = 60_000 });
        var id = Kinds.Data(await sim.PostAsync(CreatePath, new { content = "Hello", type = 4 })).GetProperty("_id").GetString();
        var videoId = await Kinds.CreateAsync(sim, Kinds.LipSync);

        var info = Kinds.Data(await sim.GetAsync($"{InfoPath}?_id={id}"));

        Assert.Equal(1, info.GetProperty("status").GetInt32());
        Assert.False(info.TryGetProperty("final_conclusion", out _));
        JsonAssert.Error(await sim.GetAsync($"{InfoPath}?_id={videoId}"), 1008);
        JsonAssert.Error(await sim.GetAsync($"{TestSimulator.InfoPath}?video_model_id={id}"), 1008);
        JsonAssert.Error(await sim.GetAsync(InfoPath), 1003, "_id is required");
    }

    [Fact]
    public async Task A_failed_analysis_reports_its_error_and_no_conclusion()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        sim.State.PlanNextJobs(new JobPlan { Fail = new JobFailure { ErrorCode = 1015 } });

        var info = await CreateAndReadAsync(sim, new { content = "https://example.com/clip.mp4", type = 2 });

        Assert.Equal((4, 1015), (info.GetProperty("status").GetInt32(), info.GetProperty("error_code").GetInt32()));
        Assert.False(info.TryGetProperty("final_conclusion", out _));
    }

    [Fact]
    public async Task Each_analysis_takes_credits_by_the_page_prices_rounded_up()
    {
        var sim = shared.Fresh();
        var before = await sim.CreditAsync();

        await sim.PostAsync(CreatePath, new { content = new string('a', 6001), type = 4 });

        Assert.Equal(before - 2, await sim.CreditAsync());
    }

    [Theory]
    [InlineData("""{"type":4}""", "content is required")]
    [InlineData("""{"content":"hi"}""", "type is required")]
    [InlineData("""{"content":"hi","type":5}""", "type must be one of")]
    [InlineData("""{"content":"hi","type":"4"}""", "type must be an integer")]
    [InlineData("""{"content":"not a url","type":1}""", "content must be an absolute http or https URL")]
    [InlineData("""{"content":"hi","type":4,"language":"english"}""", "language must be an ISO-639-1 code")]
    [InlineData("""{"content":"hi","type":4,"prompt":"x"}""", "prompt is not a field")]
    public async Task Bodies_the_page_does_not_allow_are_parameter_errors(string body, string message)
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, CreatePath, body), 1003, message);
        Assert.Empty(sim.State.GetJobs());
    }

    private static async Task<JsonElement> CreateAndReadAsync(TestSimulator sim, object body)
    {
        var created = await sim.PostAsync(CreatePath, body);
        Assert.Equal(1000, JsonAssert.Code(created));
        return Kinds.Data(await sim.GetAsync($"{InfoPath}?_id={Kinds.Data(created).GetProperty("_id").GetString()}"));
    }
}
