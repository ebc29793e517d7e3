using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AkoolPS.Simulator.Tests;

/// <summary>One POST the receiver got: its path, Content-Type, body, and the status it answered with.</summary>
internal sealed record ReceivedWebhook(string Path, string? ContentType, string Body, int AnsweredWith);

/// <summary>
/// A tiny local web server standing in for a customer's webhook endpoint. It answers 200 unless told to answer
/// something else first (<see cref="AnswerNext"/>), and records every request.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Queue<int> _answers = new();
    private readonly List<ReceivedWebhook> _received = [];

    private WebhookReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/{**path}", ReceiveAsync);
    }

    /// <summary>Where to point a webhookUrl, e.g. <c>http://127.0.0.1:41234/hook</c>.</summary>
    public string Url => $"{BaseUri}hook";

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return receiver;
    }

    /// <summary>The next requests are answered with these statuses, in order; then 200 again.</summary>
    public void AnswerNext(params int[] statuses)
    {
        lock (_gate)
        {
            foreach (var status in statuses)
            {
                _answers.Enqueue(status);
            }
        }
    }

    /// <summary>Forgets what was received and any answers still queued.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _answers.Clear();
            _received.Clear();
        }
    }

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Polls until <paramref name="count"/> requests arrived; fails after the deadline.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count, int timeoutMs = 10_000)
    {
        await TestSimulator.WaitUntilAsync(() => Task.FromResult(Received.Count >= count), timeoutMs);
        return Received;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        int status;
        lock (_gate)
        {
            status = _answers.TryDequeue(out var next) ? next : StatusCodes.Status200OK;
            _received.Add(new ReceivedWebhook(context.Request.Path, context.Request.ContentType, body, status));
        }

        context.Response.StatusCode = status;
    }
}
