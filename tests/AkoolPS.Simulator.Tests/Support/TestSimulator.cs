using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>A simulator started for one test, with an HttpClient and the few request shapes the tests repeat.</summary>
internal sealed class TestSimulator : IAsyncDisposable
{
    public const string CreatePath = "/api/open/v3/content/video/createbytranslate";
    public const string InfoPath = "/api/open/v3/content/video/infobymodelid";
    public const string TokenPath = "/api/open/v3/getToken";
    public const string TalkingPhotoPath = "/api/open/v3/content/video/createbytalkingphoto";
    public const string LipSyncPath = "/api/open/v3/content/video/lipsync";
    public const string ImageVideoPath = "/api/open/v4/image2Video/createBySourcePrompt";
    public const string ResultsPath = "/api/open/v4/image2Video/resultsByIds";
    public const string UpdateAudioPath = "/api/open/v4/image2Video/updateVideoAudio";
    public const string QuotaPath = "/api/open/v3/faceswap/quota/info";

    private TestSimulator(SimulatorServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseUri, Timeout = TimeSpan.FromSeconds(20) };
    }

    public SimulatorServer Server { get; }

    public SimulatorState State => Server.State;

    public HttpClient Http { get; }

    public static async Task<TestSimulator> StartAsync(SimulatorOptions? options = null) =>
        new(await SimulatorServer.StartAsync(options ?? new SimulatorOptions { JobDurationMs = 400 }));

    /// <summary>Sends with <c>x-api-key</c> (the right one unless told otherwise) and/or a bearer token.</summary>
    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? json = null, string? apiKey = SimulatorOptions.DefaultApiKey, string? bearer = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", apiKey);
        }

        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        return Http.SendAsync(request);
    }

    /// <summary>An Akool call that must answer HTTP 200 with JSON; returns the envelope.</summary>
    public async Task<JsonElement> ApiAsync(
        HttpMethod method, string path, string? json = null, string? apiKey = SimulatorOptions.DefaultApiKey, string? bearer = null)
    {
        using var response = await SendAsync(method, path, json, apiKey, bearer);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    public Task<JsonElement> GetAsync(string path) => ApiAsync(HttpMethod.Get, path);

    public Task<JsonElement> CreateAsync(object body) => ApiAsync(HttpMethod.Post, CreatePath, JsonSerializer.Serialize(body));

    /// <summary>A POST whose body is <paramref name="body"/> as JSON; returns the envelope.</summary>
    public Task<JsonElement> PostAsync(string path, object body) => ApiAsync(HttpMethod.Post, path, JsonSerializer.Serialize(body));

    /// <summary>resultsByIds for these ids (sent as one comma-separated string); returns <c>data.result</c>.</summary>
    public async Task<List<JsonElement>> ResultsAsync(params string[] ids)
    {
        var answer = await PostAsync(ResultsPath, new { _ids = string.Join(",", ids) });
        Assert.Equal(1000, JsonAssert.Code(answer));
        return [.. answer.GetProperty("data").GetProperty("result").EnumerateArray()];
    }

    /// <summary>The remaining credit as quota/info reports it.</summary>
    public async Task<long> CreditAsync() =>
        (await GetAsync(QuotaPath)).GetProperty("data").GetProperty("credit").GetInt64();

    /// <summary>Creates a translation that must succeed and returns the first job's <c>_id</c>.</summary>
    public async Task<string> CreateJobAsync(string language = "ja")
    {
        var created = await CreateAsync(new { url = "https://example.com/source.mp4", language });
        Assert.Equal(1000, created.GetProperty("code").GetInt32());
        return created.GetProperty("data").GetProperty("_id").GetString()!;
    }

    public async Task<JsonElement> InfoAsync(string id) =>
        (await GetAsync($"{InfoPath}?video_model_id={id}")).GetProperty("data");

    public Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, "__admin/" + path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Http.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Polls until the condition holds; fails after the deadline instead of sleeping a guessed time.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Condition not met before the deadline.");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> webhook attempts are journalled. A receiver sees a post
    /// before the simulator journals it (that needs the answer), so tests that read the journal wait for it.
    /// </summary>
    public async Task<IReadOnlyList<WebhookDelivery>> WaitForDeliveriesAsync(int count)
    {
        await WaitUntilAsync(() => Task.FromResult(State.GetWebhookDeliveries().Count >= count));
        return State.GetWebhookDeliveries();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
