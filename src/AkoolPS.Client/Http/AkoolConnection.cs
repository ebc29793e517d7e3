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

    /// <summary>A client for result downloads: no credentials, no API policies.</summary>
    public HttpClient CreateFilesClient() => factory.CreateClient(HttpClientSetup.FilesClientName);

    /// <summary>
    /// Sends the call and gives the answer's root to <paramref name="read"/> when Akool's code is 1000.
    /// A token Akool rejects (1101) is renewed once, when the credential allows it.
    /// </summary>
    public async Task<T> SendAsync<T>(ApiCall call, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        var renewed = false;
        while (true)
        {
            AuthHeader? auth = call.Authenticated
                ? await Authenticator.GetAsync(renewed, cancellationToken).ConfigureAwait(false)
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
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
                {
                    throw new AkoolResponseException(
                        "/" + call.Path, answer.Status, "is not of the shape expected (" + ex.Message + ")", SecretMask.Excerpt(answer.Body));
                }
            }

            if (code == 1101 && auth is { FromCache: true } && !renewed && Authenticator.CanRenew)
            {
                AkoolLog.Verbose("Akool rejected the cached access token (1101); getting a new one.");
                renewed = true;
                continue;
            }

            var message = root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString()
                : root.TryGetProperty("error_msg", out msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
            throw new AkoolApiException(code, message, "/" + call.Path, answer.Status);
        }
    }

    public void Dispose()
    {
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
            using var response = await factory.CreateClient(HttpClientSetup.ApiClientName)
                .SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var code = BusinessCodeProbeHandler.TryReadCode(body);
            if (AkoolLog.VerboseEnabled)
            {
                AkoolLog.Verbose($"{display} → HTTP {status}{(code is int c ? ", code " + c.ToString(CultureInfo.InvariantCulture) : string.Empty)} in {clock.ElapsedMilliseconds} ms");
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

    private static int Attempts(Context context) =>
        context.TryGetValue(RetryPolicies.AttemptsKey, out var value) && value is int attempts ? attempts : 1;

    private static string Truncate(string text) => text.Length <= 4096 ? text : text.Substring(0, 4096) + "…";
}
