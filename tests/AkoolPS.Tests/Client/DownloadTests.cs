using System.Diagnostics;
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
/// Result downloads against a hostile or broken file server: a 206 that is not the part asked for, a
/// file that changes between two tries, a stalled body, Retry-After, a partial file a killed process
/// left, and links that are not http(s) or that end in a dangerous name. The saved file is always the
/// server's final file, byte for byte, or the save fails with a clear error.
/// </summary>
public sealed class DownloadTests : IAsyncLifetime
{
    private const long Size = 2 * 1024 * 1024;
    private SimulatorServer sim = null!;
    private AkoolClient client = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        sim = await SimulatorServer.StartAsync(new SimulatorOptions { JobDurationMs = 600_000, ResultSizeBytes = Size });
        client = NewClient(TimeSpan.FromSeconds(30), maxRetry: 3);
        folder = Path.Combine(Path.GetTempPath(), "akoolps-dl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await sim.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(FaultKind.WrongRange)]
    [InlineData(FaultKind.NoContentRange)]
    public async Task A206ThatIsNotThePartAskedForStartsOverAndNeverSplices(FaultKind kind)
    {
        var url = await CompletedVideoAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Cut, CutAfterBytes = 700_000 });
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = kind });

        var file = await client.DownloadAsync(url, Target(), null, default);

        Assert.Equal(new int?[] { 200, 206, 200 }, sim.State.GetJournal("/files/*").Select(e => e.Status));
        Assert.Equal(await ServerHashAsync(url), Hash(file.FullName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFileThatChangesBetweenTwoTriesIsSavedWholeInItsNewVersion(bool serverIgnoresIfRange)
    {
        var url = await CompletedVideoAsync();
        var first = await ServerHashAsync(url);
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Cut, CutAfterBytes = 900_000 });
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.NewVersion, IgnoreIfRange = serverIgnoresIfRange, Times = 0 });

        var file = await client.DownloadAsync(url, Target(), null, default);

        var final = await ServerHashAsync(url);
        Assert.NotEqual(first, final);
        Assert.Equal(final, Hash(file.FullName));
        Assert.Equal(Size, file.Length);
    }

    [Fact]
    public async Task AResumeSendsIfRangeWithTheFirstAnswersETag()
    {
        var url = await CompletedVideoAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Cut, CutAfterBytes = 500_000 });
        var requests = new List<string>();
        using var recording = NewClient(TimeSpan.FromSeconds(30), 3, request => requests.Add($"{request.Headers.Range}|{string.Join(",", request.Headers.TryGetValues("If-Range", out var v) ? v : Array.Empty<string>())}"));

        var file = await recording.DownloadAsync(url, Target(), null, default);

        Assert.Equal(await ServerHashAsync(url), Hash(file.FullName));
        Assert.Equal(2, requests.Count);
        Assert.Equal("|", requests[0]);
        Assert.StartsWith("bytes=500000-|\"", requests[1]);
    }

    [Fact]
    public async Task ADownloadWaitsAsLongAsRetryAfterAsks()
    {
        var url = await CompletedVideoAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Status, Status = 503, RetryAfter = "2" });
        var clock = Stopwatch.StartNew();

        var file = await client.DownloadAsync(url, Target(), null, default);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"Retried after {clock.Elapsed}, not after the 2 s Retry-After asked for.");
        Assert.Equal(Size, file.Length);
    }

    [Fact]
    public async Task AStalledBodyIsRetriedAndResumed()
    {
        var url = await CompletedVideoAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Stall, CutAfterBytes = 300_000 });
        using var impatient = NewClient(TimeSpan.FromSeconds(1), maxRetry: 1);

        var file = await impatient.DownloadAsync(url, Target(), null, default);

        Assert.Equal(new int?[] { 200, 206 }, sim.State.GetJournal("/files/*").Select(e => e.Status));
        Assert.Equal(await ServerHashAsync(url), Hash(file.FullName));
    }

    [Fact]
    public async Task AStalledBodyFailsWithinTheTimeOutPlusTwoSecondsWhenRetriesAreSpent()
    {
        var url = await CompletedVideoAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Stall, CutAfterBytes = 1000 });
        using var impatient = NewClient(TimeSpan.FromSeconds(2), maxRetry: 0);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AkoolTransportException>(() => impatient.DownloadAsync(url, Target(), null, default));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"The stall was reported after {clock.Elapsed}.");
        Assert.True(error.TimedOut);
        Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task CancellingAStalledBodyEndsItWithinOneSecond()
    {
        var url = await CompletedVideoAsync();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Stall, CutAfterBytes = 1000 });
        using var cancel = new CancellationTokenSource();
        var download = client.DownloadAsync(url, Target(), null, cancel.Token);
        await Task.Delay(500);
        var clock = Stopwatch.StartNew();

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Cancelling took {clock.Elapsed}.");
    }

    [Fact]
    public async Task APartialFileWithoutProofOfItsOriginIsDeletedAndTheFileSavedWhole()
    {
        var url = await CompletedVideoAsync();
        var target = Target();
        await File.WriteAllBytesAsync(Path.Combine(folder, ".video.partial"), new byte[300_000]);

        var file = await client.DownloadAsync(url, target, null, default);

        Assert.Equal(await ServerHashAsync(url), Hash(file.FullName));
        Assert.Equal(new[] { "video.mp4" }, Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task APartialFileAKilledSaveLeftIsResumedWhenItsVersionIsKnown()
    {
        var url = await CompletedVideoAsync();

        // What a save killed after 800,000 bytes leaves: the first bytes, and the state the first answer gave.
        using (var http = new HttpClient())
        using (var first = new HttpRequestMessage(HttpMethod.Get, url))
        {
            first.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 799_999);
            using var answer = await http.SendAsync(first);
            await File.WriteAllBytesAsync(Path.Combine(folder, ".video.partial"), await answer.Content.ReadAsByteArrayAsync());
            new PartialState(PartialState.SourceOf(url), answer.Headers.ETag!.Tag, Size, "video/mp4").Save(Target());
        }

        sim.State.ClearJournal();
        var file = await client.DownloadAsync(url, Target(), null, default);

        Assert.Equal(new int?[] { 206 }, sim.State.GetJournal("/files/*").Select(e => e.Status));
        Assert.Equal(await ServerHashAsync(url), Hash(file.FullName));
        Assert.Equal(new[] { "video.mp4" }, Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task APartialFileOfAnotherVersionIsNotSpliced()
    {
        var url = await CompletedVideoAsync();
        await File.WriteAllBytesAsync(Path.Combine(folder, ".video.partial"), new byte[800_000]);
        new PartialState(PartialState.SourceOf(url), "\"an-older-version\"", Size, "video/mp4").Save(Target());

        var file = await client.DownloadAsync(url, Target(), null, default);

        Assert.Equal(new int?[] { 200 }, sim.State.GetJournal("/files/*").Select(e => e.Status));
        Assert.Equal(await ServerHashAsync(url), Hash(file.FullName));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/video.mp4")]
    public async Task ALinkThatIsNotHttpIsRefusedBeforeAnythingIsWritten(string link)
    {
        var error = await Assert.ThrowsAsync<AkoolDownloadException>(() => client.DownloadAsync(new Uri(link), Target(), null, default));

        Assert.Equal("Akool.UnsupportedLink", error.ErrorId);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task TheExtensionComesFromTheContentNotFromTheLink()
    {
        var url = new Uri(await CompletedVideoAsync() + "/evil.ps1");

        var file = await client.DownloadAsync(url, Target(), null, default);

        Assert.Equal("video.mp4", file.Name);
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("/etc/x")]
    [InlineData("C:\\x")]
    [InlineData("a\\..\\..\\x")]
    [InlineData("CON")]
    [InlineData("x.")]
    [InlineData("")]
    public void ATargetRefusesANameThatIsNotSafe(string stem)
    {
        var error = Assert.Throws<AkoolDownloadException>(() => new DownloadTarget(folder, stem, AkoolResultMedia.Video, false));

        Assert.Equal("Akool.UnsafeFileName", error.ErrorId);
    }

    [Theory]
    [InlineData("../../escaped/evil", "escaped_evil")]
    [InlineData("/etc/x", "etc_x")]
    [InlineData("C:\\x", "C_x")]
    [InlineData("a\\..\\..\\x", "a_x")]
    [InlineData("evil.ps1", "evil_ps1")]
    [InlineData("CON", "CON_")]
    [InlineData("com1", "com1_")]
    [InlineData("..", "job")]
    public void ServerTextIsReducedToASafeAlphabet(string id, string expected)
    {
        var safe = SafeFileName.FromServerText(id);

        Assert.Equal(expected, safe);
        Assert.True(SafeFileName.IsSafe(safe + ".mp4"));
    }

    [Theory]
    [InlineData("my talk", "my talk")]
    [InlineData(" . talk . ", "talk")]
    [InlineData("ト－ク 1", "ト_ク 1")]
    [InlineData("a  ..  b", "a . b")]
    [InlineData("nul", "nul_")]
    public void AUsersOwnNameKeepsItsLettersAndInnerSpaces(string source, string expected)
    {
        var safe = SafeFileName.FromUserText(source);

        Assert.Equal(expected, safe);
        Assert.True(SafeFileName.IsSafe(safe + ".ja.mp4"));
    }

    [Fact]
    public void ALongIdIsShortenedAndStaysDistinct()
    {
        var a = SafeFileName.FromServerText(new string('a', 300));
        var b = SafeFileName.FromServerText(new string('a', 299) + "b");

        Assert.True(a.Length <= 64);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p' }, null, ".mp4")]
    [InlineData(new byte[] { (byte)'I', (byte)'D', (byte)'3', 4 }, null, ".mp3")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0 }, null, ".mp3")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0, 0, 0, 0, (byte)'W', (byte)'A', (byte)'V', (byte)'E' }, null, ".wav")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0, 0, 0, 0, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, null, ".webp")]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, null, ".png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, null, ".jpg")]
    [InlineData(new byte[] { (byte)'#', (byte)'!' }, "application/x-powershell", ".mp4")]
    [InlineData(new byte[] { (byte)'<', (byte)'h' }, "image/webp", ".webp")]
    public void TheExtensionIsOneOfAFixedList(byte[] head, string? contentType, string expected) =>
        Assert.Equal(expected, MediaTypes.ExtensionOf(AkoolResultMedia.Video, head, head.Length, contentType));

    [Theory]
    [InlineData("1\n00:00:00,000 --> 00:00:02,400\nHello\n", ".srt")]
    [InlineData("\uFEFF[Script Info]\nTitle: x\n", ".ass")]
    [InlineData("Write-Host 'pwned'", ".srt")]
    public void SubtitlesAreSrtOrAssByTheirText(string text, string expected)
    {
        var head = System.Text.Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, MediaTypes.ExtensionOf(AkoolResultMedia.Subtitles, head, head.Length, "text/plain"));
    }

    private DownloadTarget Target() => new(folder, "video", AkoolResultMedia.Video, overwrite: false);

    private AkoolClient NewClient(TimeSpan timeout, int maxRetry, Action<HttpRequestMessage>? record = null) => new(new AkoolClientOptions
    {
        BaseUri = sim.BaseUri,
        Credential = new AkoolApiKeyCredential(TestClients.Secure(SimulatorOptions.DefaultApiKey)),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(5),
        RequestTimeout = timeout,
        MaxRetry = maxRetry,
        PrimaryHandlerFactory = record is null ? null : () => new RecordingHandler(record),
    });

    private async Task<Uri> CompletedVideoAsync()
    {
        var created = (await client.CreateTranslationAsync(
            new TranslationRequest { Url = new Uri("https://example.com/a.mp4"), Languages = new[] { "fr" } }, default)).Single().Job!;
        sim.State.ChangeJob(created.Id, new JobChange { Complete = true });
        var job = await client.GetOneAsync(created.Id, AkoolVideoKind.Translation, default);
        sim.State.ClearJournal();
        return job.ResultUrl!;
    }

    // What the server sends now, whole (a live newVersion fault applies; spent faults do not).
    private static async Task<string> ServerHashAsync(Uri url)
    {
        using var http = new HttpClient();
        return Convert.ToHexString(SHA256.HashData(await http.GetByteArrayAsync(url)));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed class RecordingHandler(Action<HttpRequestMessage> record) : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            record(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
