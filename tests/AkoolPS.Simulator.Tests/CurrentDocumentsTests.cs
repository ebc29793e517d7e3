using System.Buffers.Text;
using System.Net;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>
/// The switches that make the simulator behave as the real service does where its documents are
/// unreliable: a token whose <c>exp</c> lies, a resultsByIds that lags behind a create, and the codes of
/// the official error-code page.
/// </summary>
public sealed class CurrentDocumentsTests(ClockedSimulator shared) : IClassFixture<ClockedSimulator>
{
    private const string PairJson = """{"clientId":"sim-client-00001","clientSecret":"simulator-api-key-000001"}""";
    private const string LanguagesPath = "/api/open/v3/language/list";

    [Theory]
    [InlineData(1)]
    [InlineData(-3600)]
    public async Task GetToken_can_hand_out_a_token_whose_exp_lies_yet_which_stays_valid(long offset)
    {
        var sim = shared.Fresh();
        var config = await sim.AdminAsync(HttpMethod.Post, "config", new { tokenExpOffsetSec = offset, tokenLifetimeSec = 3600 });
        config.EnsureSuccessStatusCode();

        var token = (await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, PairJson, apiKey: null)).GetProperty("token").GetString()!;
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]));
        var iat = payload.RootElement.GetProperty("iat").GetInt64();

        Assert.Equal(iat + offset, payload.RootElement.GetProperty("exp").GetInt64());
        shared.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: token)));
        shared.Clock.Advance(TimeSpan.FromMinutes(50));
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: token), 1101);
    }

    [Fact]
    public async Task Without_the_switch_exp_is_the_real_end()
    {
        var sim = shared.Fresh();
        (await sim.AdminAsync(HttpMethod.Post, "config", new { tokenExpOffsetSec = 1 })).EnsureSuccessStatusCode();
        (await sim.AdminAsync(HttpMethod.Post, "config", new { tokenExpOffsetSec = (long?)null, tokenLifetimeSec = 600 })).EnsureSuccessStatusCode();

        var token = (await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, PairJson, apiKey: null)).GetProperty("token").GetString()!;
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]));

        Assert.Equal(payload.RootElement.GetProperty("iat").GetInt64() + 600, payload.RootElement.GetProperty("exp").GetInt64());
        Assert.Null(sim.State.Config.TokenExpOffsetSec);
    }

    [Fact]
    public async Task ResultsByIds_can_lag_behind_a_create()
    {
        var sim = shared.Fresh();
        (await sim.AdminAsync(HttpMethod.Post, "config", new { resultsLagMs = 5000 })).EnsureSuccessStatusCode();
        var early = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);
        shared.Clock.AdvanceMs(3000);
        var late = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);

        var first = await sim.ResultsAsync(early, late);
        shared.Clock.AdvanceMs(2000);
        var second = await sim.ResultsAsync(early, late);
        shared.Clock.AdvanceMs(3000);
        var third = await sim.ResultsAsync(early, late);

        Assert.Empty(first);
        Assert.Equal([early], second.Select(r => r.GetProperty("_id").GetString()));
        Assert.Equal([early, late], third.Select(r => r.GetProperty("_id").GetString()));
    }

    [Theory]
    [InlineData("""{"resultsLagMs":-1}""")]
    [InlineData("""{"resultsLagMs":"5"}""")]
    [InlineData("""{"tokenExpOffsetSec":"1"}""")]
    [InlineData("""{"legacyVoiceList":1}""")]
    public async Task Bad_switch_values_are_refused(string body)
    {
        var sim = shared.Fresh();

        using var response = await sim.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "__admin/config")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, sim.State.Config.ResultsLagMs);
    }

    [Fact]
    public void Every_code_of_the_official_error_code_page_has_its_message()
    {
        int[] page =
        [
            1000, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1013, 1014, 1015, 1016, 1017, 1101, 1102, 1103,
            1104, 1105, 1108, 1109, 1110, 1111, 1112, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210,
            1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223,
        ];

        Assert.All(page, code => Assert.NotEqual("Error", AkoolCodes.MessageFor(code)));
        Assert.Equal("account not exist", AkoolCodes.MessageFor(1109));
        Assert.Equal("head swap failed", AkoolCodes.MessageFor(2001));
        Assert.Equal(page.Length + 1, AkoolCodes.Known.Count);
    }

    [Fact]
    public async Task A_body_fault_answers_another_shape_verbatim_and_is_journalled_with_its_code()
    {
        var sim = shared.Fresh();
        const string changed = """{"code":1000,"msg":"OK","data":{"credit":"12","bonus":true}}""";
        var added = await sim.AdminAsync(HttpMethod.Post, "faults", new { path = "/api/open/v3/faceswap/quota/info", kind = "body", body = changed });
        added.EnsureSuccessStatusCode();

        var first = await sim.GetAsync("/api/open/v3/faceswap/quota/info");
        var second = await sim.GetAsync("/api/open/v3/faceswap/quota/info");

        Assert.Equal("12", first.GetProperty("data").GetProperty("credit").GetString());
        Assert.True(first.GetProperty("data").GetProperty("bonus").GetBoolean());
        Assert.Equal(JsonValueKind.Number, second.GetProperty("data").GetProperty("credit").ValueKind);
        Assert.Equal("body", sim.State.GetJournal("/api/open/v3/faceswap/quota/info")[0].Fault);
        Assert.Equal(1000, sim.State.GetJournal("/api/open/v3/faceswap/quota/info")[0].Code);
    }

    [Theory]
    [InlineData("""{"path":"/api/open/v3/language/list","kind":"body"}""")]
    [InlineData("""{"path":"/api/open/v3/language/list","kind":"body","body":"{not json"}""")]
    public async Task A_body_fault_needs_a_json_body(string rule)
    {
        var sim = shared.Fresh();

        using var response = await sim.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "__admin/faults")
        {
            Content = new StringContent(rule, System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
