using System.Buffers.Text;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

public sealed class AuthTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string LanguagesPath = "/api/open/v3/language/list";
    private static readonly string PairJson = JsonSerializer.Serialize(new
    {
        clientId = SimulatorOptions.DefaultClientId,
        clientSecret = SimulatorOptions.DefaultApiKey,
    });

    [Fact]
    public async Task Api_key_is_accepted_and_failures_are_http_200_with_a_business_code()
    {
        var sim = shared.Fresh();

        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Get, LanguagesPath)));
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: "wrong-key"), 1101, "Invalid authorization");
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null), 1102, "Authorization cannot be empty");
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: "  "), 1102);
    }

    [Fact]
    public async Task Bearer_wins_over_x_api_key_even_when_the_key_is_right()
    {
        var sim = shared.Fresh();
        var token = await GetTokenAsync(sim);

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, bearer: "not.a.token"), 1101);
        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: "wrong-key", bearer: token)));
        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: token)));
    }

    [Fact]
    public async Task GetToken_answers_code_and_token_only_with_a_real_jwt()
    {
        var clock = new ManualClock();
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, TokenLifetimeSec = 3600 });

        var answer = await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, PairJson, apiKey: null);

        Assert.Equal(["code", "token"], answer.EnumerateObject().Select(p => p.Name));
        var parts = answer.GetProperty("token").GetString()!.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        Assert.Equal("HS256", header.RootElement.GetProperty("alg").GetString());
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var iat = payload.RootElement.GetProperty("iat").GetInt64();
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), iat);
        Assert.Equal(iat + 3600, payload.RootElement.GetProperty("exp").GetInt64());
        Assert.True(payload.RootElement.TryGetProperty("uid", out _));
    }

    [Fact]
    public async Task A_token_stops_working_at_exp_and_when_tampered_with()
    {
        var clock = new ManualClock();
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, TokenLifetimeSec = 60 });
        var token = await GetTokenAsync(sim);
        var parts = token.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + Base64Url.EncodeToString(new byte[32]);

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: forged), 1101);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: token)));
        clock.Advance(TimeSpan.FromSeconds(1));
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: token), 1101);
    }

    [Fact]
    public async Task Revoking_invalidates_tokens_issued_so_far_but_not_later_ones()
    {
        var sim = shared.Fresh();
        var old = await GetTokenAsync(sim);

        using var revoked = await sim.AdminAsync(HttpMethod.Post, "tokens/revoke");
        var fresh = await GetTokenAsync(sim);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, revoked.StatusCode);
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: old), 1101);
        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Get, LanguagesPath, apiKey: null, bearer: fresh)));
    }

    [Theory]
    [InlineData("""{"clientId":"sim-client-00001"}""", 1003, "clientSecret is required")]
    [InlineData("""{"clientSecret":"simulator-api-key-000001"}""", 1003, "clientId is required")]
    [InlineData("""{"clientId":"sim-client-00001","clientSecret":42}""", 1003, "clientSecret must be a string")]
    [InlineData("""{"clientId":"sim-client-00001","clientSecret":"nope"}""", 1101, "Invalid authorization")]
    [InlineData("""{"clientId":"someone-else","clientSecret":"simulator-api-key-000001"}""", 1101, "")]
    public async Task GetToken_rejects_missing_fields_and_wrong_pairs(string body, int code, string msg)
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, body, apiKey: null), code, msg);
    }

    [Fact]
    public async Task Client_secret_defaults_to_the_api_key()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { ApiKey = "another-api-key-00000024" });
        var pair = JsonSerializer.Serialize(new { clientId = SimulatorOptions.DefaultClientId, clientSecret = "another-api-key-00000024" });

        Assert.Equal(1000, JsonAssert.Code(await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, pair, apiKey: null)));
    }

    private static async Task<string> GetTokenAsync(TestSimulator sim)
    {
        var answer = await sim.ApiAsync(HttpMethod.Post, TestSimulator.TokenPath, PairJson, apiKey: null);
        return answer.GetProperty("token").GetString()!;
    }
}
