using System.Security.Cryptography;
using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Downloads;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using TranslationRequest = AkoolPS.Client.Models.TranslationRequest;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>
/// The client against the simulator over real HTTP: retries and the create rule proved with the
/// simulator's fault injection and its journal, and downloads that resume.
/// </summary>
public sealed class SimulatorClientTests : IAsyncLifetime
{
    private const string CreatePath = "/api/open/v3/content/video/createbytranslate";
    private SimulatorServer sim = null!;
    private AkoolClient client = null!;

    public async Task InitializeAsync()
    {
        sim = await SimulatorServer.StartAsync(new SimulatorOptions { JobDurationMs = 600_000, ResultSizeBytes = 3 * 1024 * 1024 });
        client = new AkoolClient(new AkoolClientOptions
        {
            BaseUri = sim.BaseUri,
            Credential = new AkoolApiKeyCredential(TestClients.Secure(SimulatorOptions.DefaultApiKey)),
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            // Generous, so a busy machine does not time out ordinary calls; the time-out test below lowers it.
            RequestTimeout = TimeSpan.FromSeconds(30),
            MaxRetry = 3,
        });
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await sim.DisposeAsync();
    }

    [Fact]
    public async Task ReadsSurviveABurstOfServerErrors()
    {
        sim.State.AddFault(new FaultRule { Path = "/api/open/v3/language/list", Kind = FaultKind.Status, Status = 503, Times = 2 });
        sim.State.AddFault(new FaultRule { Path = "/api/open/v3/language/list", Kind = FaultKind.Status, Status = 429, RetryAfter = "1", Times = 1 });

        var languages = await client.GetLanguagesAsync(true, default);

        Assert.NotEmpty(languages);
        Assert.Equal(new int?[] { 503, 503, 429, 200 }, sim.State.GetJournal("/api/open/v3/language/list").Select(e => e.Status));
    }

    [Theory]
    [InlineData(FaultKind.Drop)]
    [InlineData(FaultKind.Status)]
    [InlineData(FaultKind.Delay)]
    public async Task ACreateWhoseAnswerIsLostIsSentExactlyOnce(FaultKind kind)
    {
        // Warm the simulator up first: its first answer can take longer than the impatient client waits.
        await client.GetLanguagesAsync(true, default);
        sim.State.AddFault(new FaultRule { Path = CreatePath, Kind = kind, Phase = FaultPhase.After, Status = 502, DelayMs = 60_000 });
        using var impatient = new AkoolClient(client.Options with { RequestTimeout = TimeSpan.FromSeconds(3) });

        await Assert.ThrowsAsync<AkoolCreateOutcomeUnknownException>(() => impatient.CreateTranslationAsync(
            new TranslationRequest { Url = new Uri("https://example.com/a.mp4"), Languages = new[] { "ja" } }, default));

        Assert.Single(sim.State.GetJournal(CreatePath));
        Assert.Single(sim.State.GetJobs());
    }

    [Fact]
    public async Task ACreateRefusedUnprocessedIsSentAgain()
    {
        sim.State.AddFault(new FaultRule { Path = CreatePath, Kind = FaultKind.Code, Code = 1005 });
        sim.State.AddFault(new FaultRule { Path = CreatePath, Kind = FaultKind.Status, Status = 429, RetryAfter = "0" });

        var outcome = (await client.CreateTranslationAsync(
            new TranslationRequest { Url = new Uri("https://example.com/a.mp4"), Languages = new[] { "ja" } }, default)).Single();

        Assert.NotNull(outcome.Job);
        Assert.Equal(3, sim.State.GetJournal(CreatePath).Count);
        Assert.Single(sim.State.GetJobs());
    }

    [Fact]
    public async Task AnHtmlPageFromAProxyIsAClearError()
    {
        sim.State.AddFault(new FaultRule { Path = "/api/open/v3/language/list", Kind = FaultKind.NotJson, Status = 200 });

        var error = await Assert.ThrowsAsync<AkoolResponseException>(() => client.GetLanguagesAsync(true, default));

        Assert.Contains("<html", error.Excerpt, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACutDownloadResumesWithRangeAndMatchesTheServersBytes()
    {
        var job = await CompletedJobAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Cut, CutAfterBytes = 1_000_000, Times = 2 });
        var target = TempFile();

        var file = await client.DownloadAsync(job.ResultUrl!, Target(target), progress: null, default);

        var files = sim.State.GetJournal("/files/*");
        Assert.Equal(3, files.Count);
        Assert.Equal(new int?[] { 200, 206, 206 }, files.Select(f => f.Status));
        Assert.Equal(await ServerHashAsync(job.ResultUrl!), Hash(file.FullName));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.partial"));
    }

    [Fact]
    public async Task ADownloadStartsOverWhenTheServerIgnoresRange()
    {
        var job = await CompletedJobAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Cut, CutAfterBytes = 500_000 });
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.IgnoreRange });
        var target = TempFile();

        var file = await client.DownloadAsync(job.ResultUrl!, Target(target), progress: null, default);

        Assert.Equal(3 * 1024 * 1024, file.Length);
        Assert.Equal(await ServerHashAsync(job.ResultUrl!), Hash(file.FullName));
    }

    [Fact]
    public async Task AnExpiredLinkSaysHowToGetAFreshOne()
    {
        var job = await CompletedJobAsync();
        sim.State.ForgetJob(job.Id);
        var target = TempFile();

        var error = await Assert.ThrowsAsync<AkoolResultExpiredException>(() => client.DownloadAsync(job.ResultUrl!, Target(target), null, default));

        Assert.Equal("Akool.ResultExpired", error.ErrorId);
        Assert.Contains("7 days", error.Message);
        Assert.Contains("read the job again", error.Message);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public async Task ACancelledDownloadLeavesNoFileBehind()
    {
        var job = await CompletedJobAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Delay, DelayMs = 10_000, Phase = FaultPhase.After });
        var target = TempFile();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DownloadAsync(job.ResultUrl!, Target(target), null, cancel.Token));

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    private async Task<VideoJob> CompletedJobAsync()
    {
        var created = (await client.CreateTranslationAsync(
            new TranslationRequest { Url = new Uri("https://example.com/a.mp4"), Languages = new[] { "fr" } }, default)).Single().Job!;
        sim.State.ChangeJob(created.Id, new JobChange { Complete = true });
        sim.State.ClearJournal();
        return await client.GetOneAsync(created.Id, AkoolVideoKind.Translation, default);
    }

    private static string TempFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "akoolps-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "video.mp4");
    }

    private static DownloadTarget Target(string path) =>
        new(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path), AkoolResultMedia.Video, overwrite: false);

    private static async Task<string> ServerHashAsync(Uri url)
    {
        using var http = new HttpClient();
        return Convert.ToHexString(SHA256.HashData(await http.GetByteArrayAsync(url)));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
