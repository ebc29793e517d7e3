using System.Diagnostics;
using System.Text;
using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Client.Webhooks;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>
/// The client against a hostile or broken server (issue 10): answers that stall, redirects that
/// would carry credentials elsewhere, answers too large or of the wrong shape, a session closed
/// under running calls. Each fault is the simulator's.
/// </summary>
public sealed class HostileServerTests : IAsyncLifetime
{
    private const string LanguagePath = "/api/open/v3/language/list";
    private const string LipSyncPath = "/api/open/v3/content/video/lipsync";
    private const string Secret = SimulatorOptions.DefaultApiKey;
    private SimulatorServer sim = null!;

    public async Task InitializeAsync()
    {
        sim = await SimulatorServer.StartAsync(new SimulatorOptions { JobDurationMs = 600_000 });

        // The simulator's first answer takes seconds (its code is compiled on first use): without this
        // warm-up a stalled body would look like slow headers, which the try's time-out always covered.
        using var warm = Client();
        await warm.GetCreditAsync(default);
    }

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Fact]
    public async Task AStalledBodyEndsWithinTheTimeout()
    {
        StallLanguages();
        using var client = Client(timeout: TimeSpan.FromSeconds(3), maxRetry: 0);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AkoolTransportException>(() => client.GetLanguagesAsync(true, default));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the call ended after {clock.Elapsed}");
        Assert.Equal("Akool.RequestTimeout", error.ErrorId);
    }

    [Fact]
    public async Task CancellingAStalledBodyEndsItWithinOneSecond()
    {
        StallLanguages();
        using var client = Client(timeout: TimeSpan.FromSeconds(60), maxRetry: 0);
        using var cancel = new CancellationTokenSource();
        var call = client.GetLanguagesAsync(true, cancel.Token);
        await WaitForRequestAsync(LanguagePath);
        await Task.Delay(300);

        var clock = Stopwatch.StartNew();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the call ended {clock.Elapsed} after it was cancelled");
    }

    [Fact]
    public async Task ClosingTheSessionEndsCallsInFlightWithSessionClosed()
    {
        StallLanguages();
        var client = Client(timeout: TimeSpan.FromSeconds(60), maxRetry: 0);
        var call = client.GetLanguagesAsync(true, default);
        await WaitForRequestAsync(LanguagePath);

        var clock = Stopwatch.StartNew();
        client.Dispose();
        var error = await Assert.ThrowsAsync<AkoolSessionClosedException>(() => call);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the call ended {clock.Elapsed} after the session closed");
        Assert.Equal("Akool.SessionClosed", error.ErrorId);
        Assert.DoesNotContain("Connect-Akool", error.Message, StringComparison.Ordinal);
        var later = await Assert.ThrowsAsync<AkoolSessionClosedException>(() => client.GetCreditAsync(default));
        Assert.Equal("Akool.SessionClosed", later.ErrorId);
        Assert.Throws<AkoolSessionClosedException>(() => client.CreateWebhookReader("x"));
    }

    [Theory]
    [InlineData("ApiKey", 302, LanguagePath)]
    [InlineData("ApiKey", 307, "/api/open/v3/faceswap/quota/info")]
    [InlineData("ClientCredential", 307, "/api/open/v3/getToken")]
    [InlineData("ClientCredential", 308, "/api/open/v3/getToken")]
    [InlineData("Token", 302, LanguagePath)]
    public async Task NoRedirectCarriesCredentialsToAnotherHost(string method, int status, string path)
    {
        await using var other = new RecordingListener();
        sim.State.AddFault(new FaultRule { Path = path, Kind = FaultKind.Redirect, Status = status, Location = other.BaseUri + "steal" + path, Times = 0 });
        using var client = Client(credential: Credential(method), maxRetry: 0);

        var error = await Assert.ThrowsAsync<AkoolRedirectException>(() => path.EndsWith("quota/info", StringComparison.Ordinal)
            ? client.GetCreditAsync(default)
            : client.GetLanguagesAsync(true, default));

        Assert.Equal("Akool.Redirected", error.ErrorId);
        Assert.Contains("another host", error.Message, StringComparison.Ordinal);
        Assert.Contains("never sent there", error.Message, StringComparison.Ordinal);
        var seen = string.Join("\n", other.Requests);
        Assert.DoesNotContain(Secret, seen, StringComparison.Ordinal);
        Assert.DoesNotContain("x-api-key", seen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Authorization", seen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("clientSecret", seen, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task ARedirectOnTheSameHostIsNotFollowedEither()
    {
        sim.State.AddFault(new FaultRule { Path = LanguagePath, Kind = FaultKind.Redirect, Status = 301, Location = "/api/open/v3/language/list?again=1" });
        using var client = Client(maxRetry: 0);

        var error = await Assert.ThrowsAsync<AkoolRedirectException>(() => client.GetLanguagesAsync(true, default));

        Assert.False(error.OtherOrigin);
        Assert.Single(sim.State.GetJournal(LanguagePath));
    }

    [Theory]
    [InlineData("http://api.example.com/", false)]
    [InlineData("http://192.0.2.10:8080/", false)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://localhost:5000/", true)]
    [InlineData("http://[::1]:5000/", true)]
    [InlineData("https://api.example.com/", true)]
    public void PlainHttpToAnotherMachineNeedsExplicitConsent(string address, bool allowed)
    {
        var options = new AkoolClientOptions { BaseUri = new Uri(address), Credential = Credential("ApiKey") };

        if (allowed)
        {
            using var client = new AkoolClient(options);
        }
        else
        {
            var error = Assert.Throws<ArgumentException>(() => new AkoolClient(options));
            Assert.Contains("unencrypted", error.Message, StringComparison.Ordinal);
            using var consenting = new AkoolClient(options with { AllowUnencryptedAuthentication = true });
        }
    }

    [Fact]
    public async Task AnAnswerOver16MegabytesIsAClearError()
    {
        sim.State.AddFault(new FaultRule
        {
            Path = LanguagePath, Kind = FaultKind.Body, Body = """{"code":1000,"msg":"OK","data":{"lang_list":[]}}""", PadToBytes = 17L * 1024 * 1024,
        });
        using var client = Client(maxRetry: 0);

        var error = await Assert.ThrowsAsync<AkoolResponseException>(() => client.GetLanguagesAsync(true, default));

        Assert.Contains("16 MB", error.Message, StringComparison.Ordinal);
        Assert.Equal("Akool.InvalidResponse", error.ErrorId);
    }

    [Fact]
    public async Task AnAcceptedCreateWithAnOddAnswerSaysTheJobWasCreated()
    {
        sim.State.AddFault(new FaultRule
        {
            Path = LipSyncPath, Kind = FaultKind.Body, Phase = FaultPhase.After,
            Body = """{"code":1000,"msg":"OK","data":{"_id":"68f7a1b2c3d4e5f60718293a","video_status":"three","create_time":[1]}}""",
        });
        using var client = Client(maxRetry: 3);

        var error = await Assert.ThrowsAsync<AkoolCreatedUnreadableException>(() => client.CreateLipSyncAsync(LipSync(), default));

        Assert.Equal("68f7a1b2c3d4e5f60718293a", error.JobId);
        Assert.Equal("Akool.CreatedAnswerUnreadable", error.ErrorId);
        Assert.Contains("WAS created", error.Message, StringComparison.Ordinal);
        Assert.Contains("68f7a1b2c3d4e5f60718293a", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("try again", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.Single(sim.State.GetJournal(LipSyncPath));
    }

    [Fact]
    public async Task AnAcceptedCreateWithoutAnIdStillSaysItWasCreated()
    {
        sim.State.AddFault(new FaultRule { Path = LipSyncPath, Kind = FaultKind.Body, Body = """{"code":1000,"msg":"OK","data":{"video_status":1}}""" });
        using var client = Client(maxRetry: 3);

        var error = await Assert.ThrowsAsync<AkoolCreatedUnreadableException>(() => client.CreateLipSyncAsync(LipSync(), default));

        Assert.Null(error.JobId);
        Assert.Contains("WAS created", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("try again", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACreateAnsweredOkInSomethingElseThanAkoolsJsonIsNotCalledSafeToRepeat()
    {
        sim.State.AddFault(new FaultRule { Path = LipSyncPath, Kind = FaultKind.Body, Body = """{"code":1000,"msg":"OK","data":{"_id":"abc""" });
        using var client = Client(maxRetry: 3);

        var error = await Assert.ThrowsAsync<AkoolCreateOutcomeUnknownException>(() => client.CreateLipSyncAsync(LipSync(), default));

        Assert.DoesNotContain("try again", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(sim.State.GetJournal(LipSyncPath));
    }

    [Fact]
    public void AWebhookBodyOver1MegabyteIsAClearError()
    {
        var reader = new WebhookReader(SimulatorOptions.DefaultClientId, TestClients.Secure(Secret));
        var body = "{\"signature\":\"x\",\"timestamp\":1,\"nonce\":\"1\",\"dataEncrypt\":\"" + new string('A', 1024 * 1024) + "\"}";

        var error = Assert.Throws<AkoolWebhookException>(() => reader.Read(body, null, DateTimeOffset.UtcNow));
        var fromFields = Assert.Throws<AkoolWebhookException>(() => reader.Read(
            new Dictionary<string, object?> { ["signature"] = "x", ["timestamp"] = 1L, ["nonce"] = "1", ["dataEncrypt"] = new string('A', 1024 * 1024) },
            null,
            DateTimeOffset.UtcNow));

        Assert.Equal("Akool.WebhookTooLarge", error.ErrorId);
        Assert.Equal("Akool.WebhookTooLarge", fromFields.ErrorId);
        Assert.Contains("1 MB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("1.7e12")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void MaxAgeRefusesATimestampThatIsNotANumber(string timestamp)
    {
        var reader = new WebhookReader(SimulatorOptions.DefaultClientId, TestClients.Secure(Secret));
        var data = AkoolPS.Client.Webhooks.WebhookCrypto.Encrypt("""{"_id":"abc","status":3}""", SimulatorOptions.DefaultClientId, Encoding.UTF8.GetBytes(Secret));
        var signature = AkoolPS.Client.Webhooks.WebhookCrypto.Sign(SimulatorOptions.DefaultClientId, timestamp, "7", data);
        var body = $$"""{"signature":"{{signature}}","dataEncrypt":"{{data}}","timestamp":"{{timestamp}}","nonce":"7"}""";

        var error = Assert.Throws<AkoolWebhookException>(() => reader.Read(body, TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow));

        Assert.Equal("Akool.WebhookInvalidTimestamp", error.ErrorId);
        Assert.Equal("abc", reader.Read(body, null, DateTimeOffset.UtcNow).Id);
    }

    private void StallLanguages() => sim.State.AddFault(new FaultRule
    {
        Path = LanguagePath, Kind = FaultKind.StallBody, CutAfterBytes = 20, Times = 0,
        Body = """{"code":1000,"msg":"OK","data":{"lang_list":[{"lang_name":"Japanese","lang_code":"ja"}]}}""",
    });

    private async Task WaitForRequestAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        while (sim.State.GetJournal(path).Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }
    }

    private AkoolClient Client(AkoolCredential? credential = null, TimeSpan? timeout = null, int maxRetry = 2) => new(new AkoolClientOptions
    {
        BaseUri = sim.BaseUri,
        Credential = credential ?? Credential("ApiKey"),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(1),
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(30),
        MaxRetry = maxRetry,
    });

    private static AkoolCredential Credential(string method) => method switch
    {
        "ClientCredential" => new AkoolClientCredential(SimulatorOptions.DefaultClientId, TestClients.Secure(Secret)),
        "Token" => new AkoolTokenCredential(TestClients.Secure("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")),
        _ => new AkoolApiKeyCredential(TestClients.Secure(Secret)),
    };

    private static LipSyncRequest LipSync() => new()
    {
        VideoUrl = new Uri("https://example.com/face.mp4"),
        AudioUrl = new Uri("https://example.com/voice.mp3"),
    };
}
