using System.Net;
using System.Text;

namespace AkoolPS.Simulator;

/// <summary>
/// Posts one webhook notice as Akool does and "retries until it gets HTTP 200": up to the configured number of
/// attempts, waiting the configured delay before the first retry and twice as long before each further one.
/// Every attempt is journalled. Never posts to an <c>/__admin</c> path: a webhook must not be able to reset
/// or reconfigure a simulator (this one or another).
/// </summary>
internal sealed class WebhookSender(SimulatorState state, HttpClient http, ILogger logger, CancellationToken stopping)
{
    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>
    /// A client that neither follows redirects (a redirect could lead to an admin path) nor uses a proxy
    /// (webhook receivers of tests and demos are local).
    /// </summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
    })
    {
        Timeout = AttemptTimeout,
    };

    public async Task DeliverAsync(Job job, int status, CancellationToken generation)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(generation, stopping);
        var token = linked.Token;
        try
        {
            await SendAsync(job, status, generation, token);
        }
        catch (Exception) when (token.IsCancellationRequested)
        {
            // Reset or shut down: the notice is dropped, as a test that reset no longer wants it.
        }
        catch (Exception error)
        {
            logger.LogError(error, "Delivering webhook {Status} of job {JobId} failed", status, job.Id);
        }
    }

    private async Task SendAsync(Job job, int status, CancellationToken generation, CancellationToken token)
    {
        void Journal(int attempt, int? httpStatus, string? error, string? body) =>
            state.WebhookLog.Append(new WebhookDelivery(job.Id, status, job.WebhookUrl, attempt, httpStatus, error, state.NowMs, body), generation);

        var options = state.Options;
        if (WebhookCrypto.Problem(options.ClientId, options.EffectiveClientSecret) is { } problem)
        {
            Journal(1, null, $"not sent: {problem}", null);
            return;
        }

        // Sealed once: a retry repeats the same notice, signature and all.
        var body = WebhookMessage.Seal(WebhookMessage.PlainText(job, status), options.ClientId, options.EffectiveClientSecret, state.NowMs);
        var url = new Uri(job.WebhookUrl);
        if (TrafficPaths.IsAdminUrl(url))
        {
            Journal(1, null, $"not sent: {TrafficPaths.Admin} paths belong to the simulator", body);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var (httpStatus, error) = await PostAsync(url, body, token);
            Journal(attempt, httpStatus, error, body);
            var config = state.Config;
            if (httpStatus == StatusCodes.Status200OK || attempt >= config.WebhookAttempts)
            {
                return;
            }

            await Task.Delay(RetryDelay(config.WebhookRetryDelayMs, attempt), token);
        }
    }

    private async Task<(int? HttpStatus, string? Error)> PostAsync(Uri url, string body, CancellationToken token)
    {
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(url, content, token);
            var code = (int)response.StatusCode;
            return (code, response.StatusCode == HttpStatusCode.OK ? null : $"HTTP {code}");
        }
        catch (HttpRequestException failed)
        {
            return (null, failed.Message);
        }
        catch (TaskCanceledException) when (!token.IsCancellationRequested)
        {
            return (null, $"no answer within {AttemptTimeout.TotalSeconds:0} s");
        }
    }

    private static TimeSpan RetryDelay(int firstDelayMs, int attempt)
    {
        var delay = TimeSpan.FromMilliseconds(firstDelayMs * Math.Pow(2, attempt - 1));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
