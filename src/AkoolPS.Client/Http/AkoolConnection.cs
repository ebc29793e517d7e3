using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Diagnostics;
using AkoolPS.Client.Errors;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Timeout;

namespace AkoolPS.Client.Http;

/// <summary>
/// Sends API calls and turns every way they can end into either the answer's JSON or one of the
/// client's exceptions. All HTTP of the client goes through here.
/// </summary>
internal sealed class AkoolConnection : IDisposable
{
    private readonly ServiceProvider services;
    private readonly IHttpClientFactory factory;
    private readonly Uri baseUri;
    private readonly CancellationTokenSource closing = new();
    private int closed;

    public AkoolConnection(AkoolClientOptions options)
    {
        Options = options;
        baseUri = options.NormalizedBaseUri;
        services = HttpClientSetup.Build(options);
        factory = services.GetRequiredService<IHttpClientFactory>();
        Authenticator = new Authenticator(options.Credential, FetchTokenAsync);
    }

    public AkoolClientOptions Options { get; }

    public Authenticator Authenticator { get; }

    /// <summary>True once the connection is closed (its session disconnected).</summary>
    public bool IsClosed => Volatile.Read(ref closed) != 0;

    /// <summary>A client for result downloads: no credentials, no API policies.</summary>
    public HttpClient CreateFilesClient()
    {
        try
        {
            ThrowIfClosed(null);
            return factory.CreateClient(HttpClientSetup.FilesClientName);
        }
        catch (ObjectDisposedException)
        {
            throw new AkoolSessionClosedException(null);
        }
    }

    /// <summary>The error for a call made on (or caught by) a closed connection.</summary>
    public void ThrowIfClosed(string? path)
    {
        if (IsClosed)
        {
            throw new AkoolSessionClosedException(path);
        }
    }

    /// <summary>
    /// Sends the call and gives the answer's root to <paramref name="read"/> when Akool's code is 1000.
    /// A token Akool rejects (1101) is renewed once, when the credential allows it. A call the closing
    /// of the session cuts short ends in <see cref="AkoolSessionClosedException"/>, whatever broke first.
    /// </summary>
    public async Task<T> SendAsync<T>(ApiCall call, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        ThrowIfClosed("/" + call.Path);
        try
        {
            // Closing the session cuts calls in flight short (in other runspaces, say) instead of letting them run on.
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, closing.Token);
            return await SendOpenAsync(call, read, either.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsClosed && ex is not AkoolSessionClosedException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw new AkoolSessionClosedException("/" + call.Path);
        }
    }

    private async Task<T> SendOpenAsync<T>(ApiCall call, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        var renewed = false;
        AuthHeader? rejected = null;
        while (true)
        {
            AuthHeader? auth = call.Authenticated
                ? await Authenticator.GetAsync(rejected, cancellationToken).ConfigureAwait(false)
                : null;
            var answer = await ExchangeAsync(call, auth, cancellationToken).ConfigureAwait(false);
            using var document = ResponseReader.Parse(call, answer);
            var root = document.RootElement;
            var code = ResponseReader.Code(call, answer, root);
            if (code == AkoolCodes.Success)
            {
                try
                {
                    return read(root);
                }
                catch (Exception ex) when (ex is not AkoolException and not OperationCanceledException and not OutOfMemoryException)
                {
                    // Akool said 1000: for a create the job exists, whatever the rest of the answer looks like.
                    throw call.IsCreate
                        ? new AkoolCreatedUnreadableException("/" + call.Path, AnswerShape.FindJobId(root), AnswerShape.Describe(ex), answer.Status)
                        : new AkoolResponseException(
                            "/" + call.Path, answer.Status, "is not of the shape expected (" + AnswerShape.Describe(ex) + ")", SecretMask.Excerpt(answer.Body));
                }
            }

            if (code == 1101 && auth is { FromCache: true } && !renewed && Authenticator.CanRenew)
            {
                AkoolLog.Verbose("Akool rejected the cached access token (1101); getting a new one.");
                renewed = true;
                rejected = auth;
                continue;
            }

            var message = root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString()
                : root.TryGetProperty("error_msg", out msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
            throw new AkoolApiException(code, message, "/" + call.Path, answer.Status);
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref closed, 1);

        // Not disposed: a call starting now may still link to its token, and it holds no timer.
        closing.Cancel();
        Authenticator.Dispose();
        services.Dispose();
    }

    private async Task<RawAnswer> ExchangeAsync(ApiCall call, AuthHeader? auth, CancellationToken cancellationToken)
    {
        var display = call.Query is null ? call.Display : call.Display + "?" + call.Query;
        using var request = new HttpRequestMessage(call.Method, new Uri(baseUri, call.Query is null ? call.Path : call.Path + "?" + call.Query));
        if (auth is AuthHeader header)
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (AkoolLog.DebugEnabled)
            {
                AkoolLog.Debug($"{display} body: {SecretMask.Mask(Encoding.UTF8.GetString(call.Body))}");
            }
        }

        if (call.IsCreate)
        {
            RequestTraits.MarkCreate(request);
        }

        var context = new Context(display);
        request.SetPolicyExecutionContext(context);
        var clock = Stopwatch.StartNew();
        try
        {
            // The handler chain has read the body already, within the try's time-out (BoundedBodyHandler).
            using var response = await factory.CreateClient(HttpClientSetup.ApiClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                throw Redirected(call, response);
            }

            var body = response.Content is null
                ? Array.Empty<byte>()
                : await BoundedBodyHandler.ReadAsync(response.Content, status, cancellationToken).ConfigureAwait(false);
            var code = BusinessCodeProbeHandler.TryReadCode(body);
            if (AkoolLog.VerboseEnabled)
            {
                AkoolLog.Verbose($"{display} -> HTTP {status}{(code is int c ? ", code " + c.ToString(CultureInfo.InvariantCulture) : string.Empty)} in {clock.ElapsedMilliseconds} ms");
            }

            if (AkoolLog.DebugEnabled)
            {
                AkoolLog.Debug($"{display} answer: {SecretMask.Mask(Truncate(Encoding.UTF8.GetString(body)))}");
            }
            return new RawAnswer(status, body, Attempts(context));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (AnswerTooLargeException tooLarge)
        {
            const string cause = "the answer was larger than 16 MB, far beyond any answer of Akool's, so it was not read";
            AkoolLog.Verbose($"{display} failed after {clock.ElapsedMilliseconds} ms: {cause}");
            if (call.IsCreate)
            {
                throw new AkoolCreateOutcomeUnknownException("/" + call.Path, cause, tooLarge.Status, null);
            }

            throw new AkoolResponseException("/" + call.Path, tooLarge.Status, "is larger than 16 MB, far beyond any answer of Akool's, so it was not read", string.Empty);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or OperationCanceledException or System.IO.IOException)
        {
            var timedOut = ex is TimeoutRejectedException or OperationCanceledException;
            var cause = timedOut
                ? $"no answer within {Options.RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s"
                : TransportFailure.Describe(ex);
            AkoolLog.Verbose($"{display} failed after {clock.ElapsedMilliseconds} ms: {cause}");
            if (call.IsCreate && (timedOut || !TransportFailure.NeverSent(ex)))
            {
                throw new AkoolCreateOutcomeUnknownException("/" + call.Path, cause, null, ex);
            }

            throw new AkoolTransportException("/" + call.Path, Attempts(context), cause, timedOut, null, ex);
        }
    }

    private async Task<string> FetchTokenAsync(AkoolClientCredential credential, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new Json.TokenRequestDto { ClientId = credential.ClientId, ClientSecret = AkoolCredential.Reveal(credential.ClientSecret) },
            Json.AkoolJsonContext.Default.TokenRequestDto);
        var call = ApiCall.PostRead("api/open/v3/getToken", body, authenticated: false);
        return await SendAsync(
            call,
            root => root.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String && token.GetString() is { Length: > 0 } text
                ? text
                : throw new AkoolResponseException("/" + call.Path, 200, "has no token", string.Empty),
            cancellationToken).ConfigureAwait(false);
    }

    private AkoolRedirectException Redirected(ApiCall call, HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        var target = location is null ? null : location.IsAbsoluteUri ? location : new Uri(baseUri, location);
        var otherOrigin = target is null || Uri.Compare(target, baseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0;
        AkoolLog.Verbose($"{call.Display} -> HTTP {(int)response.StatusCode}: a redirect, not followed (requests with credentials go to the API address only).");
        return new AkoolRedirectException("/" + call.Path, (int)response.StatusCode, target, otherOrigin);
    }

    private static int Attempts(Context context) =>
        context.TryGetValue(RetryPolicies.AttemptsKey, out var value) && value is int attempts ? attempts : 1;

    private static string Truncate(string text) => text.Length <= 4096 ? text : text.Substring(0, 4096) + "...";
}
