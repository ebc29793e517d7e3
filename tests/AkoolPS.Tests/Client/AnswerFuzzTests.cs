using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using TranslationRequest = AkoolPS.Client.Models.TranslationRequest;

namespace AkoolPS.Tests.Client;

/// <summary>
/// Every endpoint the module calls, answered by the simulator with malformed shapes: wrong types,
/// missing fields, null data, truncated JSON, HTML, empty bodies, huge numbers, arrays for objects.
/// Whatever the user sees must be an Akool.* error whose message names no .NET type or stack frame.
/// A new endpoint is one row in <see cref="Endpoints"/>: its path and how to call it through the client.
/// </summary>
public sealed class AnswerFuzzTests : IAsyncLifetime
{
    private const string AkoolVoiceId = "akool-voice-00000000";
    private static readonly Uri Face = new("https://example.com/face.png");
    private static readonly Uri Photo = new("https://example.com/group.jpg");
    private static readonly Uri Clip = new("https://example.com/clip.mp4");
    private static readonly Uri Voice = new("https://example.com/voice.mp3");

    /// <summary>
    /// One row per endpoint and reader (a path read two ways has two rows): its path (ending in '/' when an id follows it: then it is matched as a prefix),
    /// whether it needs client credentials (getToken), and a call that reaches it.
    /// </summary> whether it needs client credentials (getToken), and a call that reaches it.</summary>
    internal static readonly FuzzEndpoint[] Endpoints =
    [
        new("/api/open/v3/getToken", (c, _) => c.GetLanguagesAsync(true, default), ClientCredential: true),
        new("/api/open/v3/language/list", (c, _) => c.GetLanguagesAsync(true, default)),
        new("/api/open/v3/content/video/createbytranslate", (c, _) => FirstErrorOf(c.CreateTranslationAsync(
            new TranslationRequest { Url = new Uri("https://example.com/talk.mp4"), Languages = ["ja", "fr"] }, default))),
        new("/api/open/v3/content/video/createbytalkingphoto", (c, _) => c.CreateTalkingPhotoAsync(
            new TalkingPhotoRequest { PhotoUrl = new Uri("https://example.com/face.png"), AudioUrl = new Uri("https://example.com/voice.mp3") }, default)),
        new("/api/open/v3/content/video/lipsync", (c, _) => c.CreateLipSyncAsync(
            new LipSyncRequest { VideoUrl = new Uri("https://example.com/face.mp4"), AudioUrl = new Uri("https://example.com/voice.mp3") }, default)),
        new("/api/open/v4/image2Video/createBySourcePrompt", (c, _) => c.CreateImageToVideoAsync(
            new ImageToVideoRequest { ImageUrl = new Uri("https://example.com/face.png"), Prompt = "smile" }, default)),
        new("/api/open/v4/image2Video/updateVideoAudio", (c, jobs) => c.AddVideoAudioAsync(
            new AddVideoAudioRequest { SourceJobId = jobs.ImageToVideo, Audio = VideoAudioSource.Generated }, default)),
        new("/api/open/v3/content/video/infobymodelid", (c, jobs) => c.GetOneAsync(jobs.LipSync, AkoolVideoKind.LipSync, default)),
        new("/api/open/v4/image2Video/resultsByIds", (c, jobs) => c.GetOneAsync(jobs.ImageToVideo, AkoolVideoKind.ImageToVideo, default)),
        new("/api/open/v3/faceswap/quota/info", (c, _) => c.GetCreditAsync(default)),
        new("/api/open/v3/avatar/list", (c, _) => c.GetAvatarPageAsync(null, null, 1, 5, default)),
        new("/api/open/v3/talkingavatar/create", (c, _) => c.CreateTalkingAvatarAsync(
            new TalkingAvatarRequest { AvatarSource = AkoolAvatarSource.Uploaded, AvatarUrl = new Uri("https://example.com/face.png"), AudioUrl = new Uri("https://example.com/voice.mp3") }, default)),
        new("/api/open/v3/content/analysis/sentiment", (c, _) => c.CreateModerationAsync(new ModerationRequest { Content = "hello" }, default)),
        new("/api/open/v3/content/analysis/infobyid", (c, jobs) => c.GetOneAsync(jobs.Moderation, AkoolVideoKind.Moderation, default)),
        new("/api/open/v4/voice/list", (c, _) => c.GetVoiceLabPageAsync(new VoiceLabFilter(), 1, 10, default)),
        new("/api/open/v4/voice/tts", (c, _) => c.CreateSpeechAsync(new SpeechRequest { Text = "Hi.", VoiceId = AkoolVoiceId }, default)),
        new("/api/open/v4/voice/change", (c, _) => c.CreateVoiceChangeAsync(new VoiceChangeRequest { SourceUrl = Voice, VoiceId = AkoolVoiceId }, default)),
        new("/api/open/v4/voice/clone", (c, _) => c.CreateVoiceCloneAsync(new VoiceCloneRequest { SourceUrl = Voice }, default)),
        new("/api/open/v4/voice/resource/detail/", (c, jobs) => c.GetOneAsync(jobs.Speech, AkoolVideoKind.Speech, default)),
        new("/api/open/v4/voice/detail/", (c, jobs) => c.GetOneAsync(jobs.VoiceClone, AkoolVideoKind.VoiceClone, default)),
        new("/api/open/v4/voice/detail/", (c, jobs) => c.GetVoiceLabVoiceAsync(jobs.VoiceClone, AkoolVoiceType.Clone, default)),
        new("/api/open/v4/voice/del", (c, jobs) => ReasonsOf(c.DeleteVoicesAsync([jobs.DeletableClone], default), o => o.Reason)),
        new("/api/open/v4/faceswap/faceswapPlusByImage", (c, _) => c.CreateFaceSwapAsync(new FaceSwapRequest { FaceUrl = Face, TargetUrl = Photo }, default)),
        new("/api/open/v3/faceswap/result/listbyids", (c, jobs) => c.GetOneAsync(jobs.FaceSwap, AkoolVideoKind.FaceSwap, default)),
        new("/api/open/v3/faceswap/result/delbyids", (c, jobs) => ReasonsOf(
            c.DeleteResultsAsync([new VideoJobRef(jobs.DeletableFaceSwap, AkoolVideoKind.FaceSwap)], default), o => o.Reason)),
        new("/api/open/v4/characterSwap/create", (c, _) => c.CreateCharacterSwapAsync(new CharacterSwapRequest { ImageUrl = Face, VideoUrl = Clip }, default)),
        new("/api/open/v4/headswap/analyze", (c, _) => c.StartHeadAnalysisAsync(Clip, default)),
        new("/api/open/v4/headswap/analyze/detail", (c, jobs) => c.GetHeadAnalysisAsync(jobs.HeadAnalysis, Clip, default)),
        new("/api/open/v4/headswap/task/create", (c, _) => c.CreateHeadSwapAsync(
            new HeadSwapRequest { VideoUrl = Clip, Swaps = [new KeyValuePair<int, Uri>(0, Face)] }, default)),
        new("/api/open/v4/headswap/task/detail", (c, jobs) => c.GetOneAsync(jobs.HeadSwap, AkoolVideoKind.HeadSwap, default)),
        new("/api/open/v4/aigModel/list", (c, _) => c.GetModelsAsync(true, default)),
        new("/api/open/v4/image2Video/effects", (c, _) => c.GetEffectsAsync(true, default)),
        new("/api/open/v4/image2Video/createBySourcePrompt/batch", (c, jobs) => FirstErrorOf(c.CreateModelVideosAsync(
            new ModelVideoRequest { Model = jobs.ImageModel, ImageUrl = Face, Prompt = "smile" }, default))),
        new("/api/open/v4/text2Video/createByPrompt/batch", (c, jobs) => FirstErrorOf(c.CreateModelVideosAsync(
            new ModelVideoRequest { Kind = AkoolVideoKind.TextToVideo, Model = jobs.TextModel, Prompt = "a fox" }, default))),
        new("/api/open/v4/image2Video/delbyids", (c, jobs) => ReasonsOf(
            c.DeleteResultsAsync([new VideoJobRef(jobs.DeletableVideo, AkoolVideoKind.ImageToVideo)], default), o => o.Reason)),
        new("/api/open/v3/content/image/createbyprompt", (c, _) => c.CreateImageAsync(new ImageRequest { Prompt = "a cat" }, default)),
        new("/api/open/v3/content/image/createbybutton", (c, jobs) => c.CreateImageByButtonAsync(new ImageButtonRequest { ImageId = jobs.Image, Button = "U1" }, default)),
        new("/api/open/v3/content/image/infobymodelid", (c, jobs) => c.GetOneAsync(jobs.Image, AkoolVideoKind.Image, default)),
    ];

    /// <summary>
    /// Endpoints of the kinds added in this release whose malformed answers are not fuzzed here yet (a known gap,
    /// listed so that it shrinks and cannot grow unseen). Their readers have hostile-answer tests of their own.
    /// </summary>
    internal static readonly string[] NotYetFuzzed =
    [
    ];

    private const int AtLeastPerEndpoint = 50;

    // What must never reach the user: .NET type names, exception names, stack frames.
    private static readonly Regex DotNetInternals = new(
        @"System\.|Exception|\.cs:line|\bat [A-Z]\w*\.\w+|JsonElement|JsonValueKind|JsonToken|Int32|Int64|UInt|Nullable|`1",
        RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;
    private readonly ConcurrentDictionary<string, string> answers = new(StringComparer.OrdinalIgnoreCase);
    private SimulatorServer sim = null!;
    private FuzzJobs jobs = null!;

    public AnswerFuzzTests(ITestOutputHelper output) => this.output = output;

    public async Task InitializeAsync()
    {
        sim = await SimulatorServer.StartAsync(new SimulatorOptions { JobDurationMs = 200, LegacyVoiceList = true });
        using var client = Client(clientCredential: false);
        var lipSync = await client.CreateLipSyncAsync(
            new LipSyncRequest { VideoUrl = new Uri("https://example.com/face.mp4"), AudioUrl = new Uri("https://example.com/voice.mp3") }, default);
        var image = await client.CreateImageToVideoAsync(new ImageToVideoRequest { ImageUrl = new Uri("https://example.com/face.png"), Prompt = "smile" }, default);
        var moderation = await client.CreateModerationAsync(new ModerationRequest { Content = "hello" }, default);
        var speech = await client.CreateSpeechAsync(new SpeechRequest { Text = "Hi.", VoiceId = AkoolVoiceId }, default);
        var clone = await client.CreateVoiceCloneAsync(new VoiceCloneRequest { SourceUrl = Voice }, default);
        var deletableClone = await client.CreateVoiceCloneAsync(new VoiceCloneRequest { SourceUrl = Voice }, default);
        var faceSwap = await client.CreateFaceSwapAsync(new FaceSwapRequest { FaceUrl = Face, TargetUrl = Photo }, default);
        var deletableFaceSwap = await client.CreateFaceSwapAsync(new FaceSwapRequest { FaceUrl = Face, TargetUrl = Photo }, default);
        var deletableVideo = await client.CreateImageToVideoAsync(new ImageToVideoRequest { ImageUrl = Face, Prompt = "smile" }, default);
        var picture = await client.CreateImageAsync(new ImageRequest { Prompt = "a cat" }, default);
        var analysis = await client.AnalyzeHeadsAsync(Clip, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50), default);
        var headSwap = await client.CreateHeadSwapAsync(new HeadSwapRequest { VideoUrl = Clip, Swaps = [new KeyValuePair<int, Uri>(0, Face)] }, default);
        var models = await client.GetModelsAsync(true, default);
        await Task.Delay(600);
        jobs = new FuzzJobs(lipSync.Id, image.Id, moderation.Id)
        {
            Speech = speech.Id, VoiceClone = clone.Id, DeletableClone = deletableClone.Id, FaceSwap = faceSwap.Id, DeletableFaceSwap = deletableFaceSwap.Id,
            DeletableVideo = deletableVideo.Id, Image = picture.Id, HeadAnalysis = analysis.Id, HeadSwap = headSwap.Id,
            ImageModel = models.First(m => m.Kind == AkoolVideoKind.ImageToVideo), TextModel = models.First(m => m.Kind == AkoolVideoKind.TextToVideo),
        };
    }

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Fact]
    public async Task EveryMalformedAnswerToEveryEndpointIsAnAkoolErrorInPlainWords()
    {
        var problems = new List<string>();
        var total = 0;
        foreach (var endpoint in Endpoints)
        {
            var template = await ValidAnswerAsync(endpoint);
            var cases = Malformed.For(template).ToList();
            Assert.True(cases.Count >= AtLeastPerEndpoint, $"{endpoint.Path}: only {cases.Count} malformed answers");
            var failures = 0;
            using var shared = Client(endpoint.ClientCredential);
            foreach (var answer in cases)
            {
                sim.State.AddFault(new FaultRule
                {
                    Path = endpoint.IsPrefix ? endpoint.Path + "*" : endpoint.Path, Kind = FaultKind.Body, Body = answer.Body, ContentType = answer.ContentType, Status = answer.Status,
                });

                // A token is cached per client: getToken's cases each need a client of their own.
                using var fresh = endpoint.ClientCredential ? Client(clientCredential: true) : null;
                try
                {
                    await endpoint.Call(fresh ?? shared, jobs);
                }
                catch (AkoolException ex)
                {
                    failures++;
                    if (!ex.ErrorId.StartsWith("Akool.", StringComparison.Ordinal) || DotNetInternals.IsMatch(ex.Message))
                    {
                        problems.Add($"{endpoint.Path} ← {answer.Name}: {ex.ErrorId}: {ex.Message}");
                    }
                }
                catch (Exception ex)
                {
                    failures++;
                    problems.Add($"{endpoint.Path} ← {answer.Name}: not an Akool error: {ex.GetType().FullName}: {ex.Message}");
                }

                sim.State.ClearFaults();
                total++;
            }

            output.WriteLine($"{endpoint.Path}: {cases.Count} malformed answers tried, {failures} refused with an Akool error, {cases.Count - failures} read.");
        }

        var over = $"{Endpoints.Length} rows ({Endpoints.Select(e => e.Path).Distinct(StringComparer.Ordinal).Count()} endpoints)";
        output.WriteLine($"{total} malformed answers tried over {over}.");
        Console.WriteLine($"AnswerFuzzTests: {total} malformed answers tried over {over}.");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    // A translation reports each language's refusal in its outcome: the user sees those too.
    private static async Task FirstErrorOf(Task<IReadOnlyList<CreateOutcome>> outcomes)
    {
        foreach (var outcome in await outcomes)
        {
            if (outcome.Error is { } error)
            {
                throw error;
            }
        }
    }

    // A delete reports each id's refusal as a reason: the user reads those too.
    private static async Task ReasonsOf<T>(Task<IReadOnlyList<T>> outcomes, Func<T, string?> reason)
    {
        foreach (var outcome in await outcomes)
        {
            if (reason(outcome) is { } text && DotNetInternals.IsMatch(text))
            {
                throw new InvalidOperationException("A delete's reason names .NET internals: " + text);
            }
        }
    }

    [Fact]
    public void TheTableHasARowForEveryEndpointTheClientCalls()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AkoolPS.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var called = Directory.EnumerateFiles(Path.Combine(root!.FullName, "src", "AkoolPS.Client"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "\"/?(api/open/v[0-9]+/[A-Za-z0-9/_]+)\"").Select(m => "/" + m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(called);
        var missing = called.Except(Endpoints.Select(e => e.Path), StringComparer.Ordinal).Except(NotYetFuzzed, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Add a row to AnswerFuzzTests.Endpoints for: " + string.Join(", ", missing));

        // The gap list cannot rot: each entry is still called and still has no row.
        var stale = NotYetFuzzed.Where(path => !called.Contains(path) || Endpoints.Any(e => e.Path == path)).ToList();
        Assert.True(stale.Count == 0, "Remove from AnswerFuzzTests.NotYetFuzzed: " + string.Join(", ", stale));
    }

    /// <summary>The simulator's own answer for the endpoint, captured on the way in: the shape the malformed ones are made from.</summary>
    private async Task<string> ValidAnswerAsync(FuzzEndpoint endpoint)
    {
        answers.Clear();
        using var client = Client(endpoint.ClientCredential);
        await endpoint.Call(client, jobs);
        var body = endpoint.IsPrefix
            ? answers.Where(a => a.Key.StartsWith(endpoint.Path, StringComparison.OrdinalIgnoreCase)).Select(a => a.Value).FirstOrDefault()
            : answers.GetValueOrDefault(endpoint.Path);
        return body ?? throw new InvalidOperationException($"No answer seen for {endpoint.Path}.");
    }

    private AkoolClient Client(bool clientCredential) => new(new AkoolClientOptions
    {
        BaseUri = sim.BaseUri,
        Credential = clientCredential
            ? new AkoolClientCredential(SimulatorOptions.DefaultClientId, TestClients.Secure(SimulatorOptions.DefaultApiKey))
            : new AkoolApiKeyCredential(TestClients.Secure(SimulatorOptions.DefaultApiKey)),
        RequestTimeout = TimeSpan.FromSeconds(20),
        MaxRetry = 0,
        PrimaryHandlerFactory = () => new Capture(answers),
    });

    /// <summary>The network, with every answer's body kept by path.</summary>
    private sealed class Capture(ConcurrentDictionary<string, string> answers) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            answers[request.RequestUri!.AbsolutePath] = Encoding.UTF8.GetString(body);
            var copy = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = copy;
            return response;
        }
    }
}

/// <summary>An endpoint of the fuzz table.</summary>
internal sealed record FuzzEndpoint(string Path, Func<AkoolClient, FuzzJobs, Task> Call, bool ClientCredential = false)
{
    /// <summary>True when an id follows the path (it ends in '/'): the row then stands for every path that starts with it.</summary>
    public bool IsPrefix => Path.EndsWith('/');
}

/// <summary>Jobs that exist, for the calls that read one.</summary>
internal sealed record FuzzJobs(string LipSync, string ImageToVideo, string Moderation)
{
    public string Speech { get; init; } = string.Empty;
    public string VoiceClone { get; init; } = string.Empty;
    public string DeletableClone { get; init; } = string.Empty;
    public string FaceSwap { get; init; } = string.Empty;
    public string DeletableFaceSwap { get; init; } = string.Empty;
    public string DeletableVideo { get; init; } = string.Empty;
    public string Image { get; init; } = string.Empty;
    public string HeadAnalysis { get; init; } = string.Empty;
    public string HeadSwap { get; init; } = string.Empty;
    public AiModelInfo ImageModel { get; init; } = null!;
    public AiModelInfo TextModel { get; init; } = null!;
}

/// <summary>One malformed answer.</summary>
internal sealed record Malformed(string Name, string Body, string? ContentType = null, int? Status = null)
{
    private static readonly JsonNode?[] Replacements =
    [
        null, JsonValue.Create("text"), JsonValue.Create(-1), JsonValue.Create(true), new JsonArray(), new JsonObject(),
        JsonNode.Parse("1e400"), JsonNode.Parse("99999999999999999999999"), JsonNode.Parse("[{\"x\":[]}]"),
    ];

    /// <summary>The answers that break the valid one in every way the module must survive.</summary>
    public static IEnumerable<Malformed> For(string valid)
    {
        string[] whole =
        [
            "", " ", "null", "[]", "{}", "1", "\"text\"", "true", "{", "}", "{\"code\":", "{\"code\":1000", "{\"code\":1000,\"data\":",
            "{\"code\":\"abc\"}", "{\"code\":null}", "{\"code\":1e400}", "{\"code\":99999999999999999999}", "{\"code\":1000.5}",
            "{\"code\":[1000]}", "{\"code\":{\"value\":1000}}", "{\"code\":1000}", "{\"code\":1000,\"data\":null}", "{\"code\":1000,\"data\":[]}",
            "{\"code\":1000,\"data\":1}", "{\"code\":1000,\"data\":\"x\"}", "{\"code\":1000,\"data\":true}", "{\"code\":1000,\"data\":{}}",
            "{\"code\":1000,\"data\":[{}]}", "{\"code\":1003,\"msg\":123}", "{\"code\":-1,\"msg\":null}", "{\"code\":1101}",
            "{\"code\":1003,\"msg\":\"" + new string('m', 5000) + "\"}", "{\"code\":1000,\"data\":" + new string('[', 200) + new string(']', 200) + "}",
            "{\"code\":1000,\"token\":null,\"data\":{\"token\":[]}}", "\u0000\u0001\u0002", "\uFEFF{\"code\":1000}",
        ];
        foreach (var (body, i) in whole.Select((b, i) => (b, i)))
        {
            yield return new Malformed("whole #" + i, body);
        }

        yield return new Malformed("HTML 200", "<html><body><h1>Welcome</h1></body></html>", "text/html", 200);
        yield return new Malformed("HTML 502", "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", 502);
        yield return new Malformed("XML", "<?xml version=\"1.0\"?><error>no</error>", "application/xml");
        yield return new Malformed("JSON 404", "{\"message\":\"not found\"}", null, 404);
        yield return new Malformed("empty 500", string.Empty, "text/plain", 500);
        yield return new Malformed("valid JSON, wrong content type", valid, "text/plain");

        foreach (var cut in new[] { 0.1, 0.25, 0.5, 0.75, 0.9 })
        {
            yield return new Malformed($"truncated at {cut:P0}", valid[..(int)(valid.Length * cut)]);
        }

        yield return new Malformed("truncated by one", valid[..^1]);

        var root = JsonNode.Parse(valid)!.AsObject();
        foreach (var location in Locations(root, "$", 0))
        {
            var (parent, key, path) = location;
            yield return Changed(root, path, "removed", node => Remove(node, parent, key));
            foreach (var (replacement, i) in Replacements.Select((r, i) => (r, i)))
            {
                yield return Changed(root, path, "→ " + (replacement?.ToJsonString() ?? "null"), node => Set(node, parent, key, replacement?.DeepClone()));
            }
        }
    }

    private static Malformed Changed(JsonObject root, string path, string what, Action<JsonNode> change)
    {
        var copy = root.DeepClone();
        change(copy);
        return new Malformed($"{path} {what}", copy.ToJsonString());
    }

    // Every field below the root (code and msg included), into objects and the first item of arrays, three levels down.
    private static IEnumerable<(string[] Parent, string Key, string Path)> Locations(JsonNode node, string path, int depth)
    {
        if (depth > 3)
        {
            yield break;
        }

        var parentPath = Steps(path);
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                yield return (parentPath, key, path + "." + key);
                if (child is not null)
                {
                    foreach (var inner in Locations(child, path + "." + key, depth + 1))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray { Count: > 0 } array && array[0] is { } first)
        {
            foreach (var inner in Locations(first, path + "[0]", depth + 1))
            {
                yield return inner;
            }
        }
    }

    private static string[] Steps(string path) => path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.').Skip(1).ToArray();

    private static JsonNode? Walk(JsonNode root, string[] steps)
    {
        var node = root;
        foreach (var step in steps)
        {
            node = step == "[0]" ? node?.AsArray()[0] : node?.AsObject()[step];
        }

        return node;
    }

    private static void Remove(JsonNode root, string[] parent, string key) => Walk(root, parent)!.AsObject().Remove(key);

    private static void Set(JsonNode root, string[] parent, string key, JsonNode? value) => Walk(root, parent)!.AsObject()[key] = value;
}
