using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using Xunit;
using Authenticator = AkoolPS.Client.Auth.Authenticator;

namespace AkoolPS.Tests.Client;

/// <summary>
/// Client-credential tokens: an exp that cannot be believed does not make every call fetch a token,
/// a rejected token (1101) is renewed, and calls that need a token at the same moment share one getToken.
/// </summary>
public sealed class TokenRenewalTests : IAsyncLifetime
{
    private const string TokenPath = "/api/open/v3/getToken";
    private const string LanguagesPath = "/api/open/v3/language/list";
    private const int Concurrent = 8;
    private SimulatorServer sim = null!;

    public async Task InitializeAsync() => sim = await SimulatorServer.StartAsync(new SimulatorOptions { JobDurationMs = 600_000 });

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Fact]
    public async Task ConcurrentCallsOfAFreshSessionShareOneGetToken()
    {
        using var client = ClientCredentialClient();

        await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => Task.Run(() => client.GetLanguagesAsync(true, default))));

        Assert.Single(sim.State.GetJournal(TokenPath));
        Assert.Equal(Concurrent, sim.State.GetJournal(LanguagesPath).Count(e => e.Code == 1000));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-60)]
    [InlineData(120)]
    public async Task ATokenWhoseExpIsPastOrNearIsKeptUntilAkoolRejectsIt(long expOffsetSec)
    {
        sim.State.UpdateConfig(c => c with { TokenExpOffsetSec = expOffsetSec });
        using var client = ClientCredentialClient();

        await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => Task.Run(() => client.GetLanguagesAsync(true, default))));
        for (var i = 0; i < 3; i++)
        {
            await client.GetLanguagesAsync(true, default);
        }

        Assert.Single(sim.State.GetJournal(TokenPath));
        Assert.Null(client.TokenExpiresAt);
        Assert.All(sim.State.GetJournal(LanguagesPath), e => Assert.Equal(1000, e.Code));
    }

    [Fact]
    public async Task ASaneExpIsBelieved()
    {
        sim.State.UpdateConfig(c => c with { TokenLifetimeSec = 3600 });
        using var client = ClientCredentialClient();

        await client.GetLanguagesAsync(true, default);

        Assert.InRange(client.TokenExpiresAt!.Value, DateTimeOffset.UtcNow.AddMinutes(59), DateTimeOffset.UtcNow.AddMinutes(61));
    }

    [Fact]
    public async Task ConcurrentCallsRejectedWithOneTokenRenewItOnce()
    {
        sim.State.UpdateConfig(c => c with { TokenExpOffsetSec = 1 });
        using var client = ClientCredentialClient();
        await client.GetLanguagesAsync(true, default);
        sim.State.RevokeTokens();

        await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => Task.Run(() => client.GetLanguagesAsync(true, default))));

        Assert.Equal(2, sim.State.GetJournal(TokenPath).Count);
        var reads = sim.State.GetJournal(LanguagesPath);
        Assert.Equal(1 + Concurrent, reads.Count(e => e.Code == 1000));
        Assert.InRange(reads.Count(e => e.Code == 1101), 1, Concurrent);
    }

    [Fact]
    public void OnlyAnExpSomeMinutesAheadIsSane()
    {
        var now = DateTimeOffset.UtcNow;

        Assert.Null(Authenticator.SaneExpiry(AuthTests.Jwt(now.AddSeconds(1)), now));
        Assert.Null(Authenticator.SaneExpiry(AuthTests.Jwt(now.AddMinutes(-5)), now));
        Assert.Null(Authenticator.SaneExpiry(AuthTests.Jwt(now.AddMinutes(9)), now));
        Assert.Null(Authenticator.SaneExpiry("not-a-jwt", now));
        Assert.Equal(now.AddDays(365).ToUnixTimeSeconds(), Authenticator.SaneExpiry(AuthTests.Jwt(now.AddDays(365)), now)!.Value.ToUnixTimeSeconds());
    }

    private AkoolClient ClientCredentialClient() => new(new AkoolClientOptions
    {
        BaseUri = sim.BaseUri,
        Credential = new AkoolClientCredential(SimulatorOptions.DefaultClientId, TestClients.Secure(SimulatorOptions.DefaultApiKey)),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        RequestTimeout = TimeSpan.FromSeconds(30),
        MaxRetry = 1,
    });
}
