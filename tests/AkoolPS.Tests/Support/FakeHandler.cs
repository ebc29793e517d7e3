using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AkoolPS.Tests.Support;

/// <summary>
/// A network stand-in: answers each request with the next scripted step and records what was sent
/// (headers included, which a real server's journal never shows).
/// </summary>
internal sealed class FakeHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> steps = new();
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? fallback;

    public ConcurrentQueue<Recorded> Requests { get; } = new();

    public FakeHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        steps.Enqueue(step);
        return this;
    }

    public FakeHandler Then(Func<HttpRequestMessage, HttpResponseMessage> step) => Then((r, _) => Task.FromResult(step(r)));

    public FakeHandler ThenJson(string json, HttpStatusCode status = HttpStatusCode.OK) => Then(_ => Json(json, status));

    public FakeHandler ThenStatus(HttpStatusCode status, string body = "oops", Action<HttpResponseMessage>? change = null) => Then(_ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
        change?.Invoke(response);
        return response;
    });

    public FakeHandler ThenRefused() => Then((_, _) => throw new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)));

    public FakeHandler ThenDropped() => Then((_, _) => throw new HttpRequestException("dropped", new IOException("The response ended prematurely.")));

    public FakeHandler ThenHang() => Then(async (_, token) =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    });

    public FakeHandler Always(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        fallback = answer;
        return this;
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new Recorded(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body));
        if (steps.TryDequeue(out var step))
        {
            return Attach(await step(request, cancellationToken), request);
        }

        if (fallback is not null)
        {
            return Attach(await fallback(request, cancellationToken), request);
        }

        throw new InvalidOperationException($"No answer scripted for {request.Method} {request.RequestUri}.");
    }

    private static HttpResponseMessage Attach(HttpResponseMessage response, HttpRequestMessage request)
    {
        response.RequestMessage = request;
        return response;
    }

    internal sealed record Recorded(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
}
