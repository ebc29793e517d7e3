using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AkoolPS.Client.Diagnostics;
using AkoolPS.Client.Errors;
using Polly;
using Polly.Timeout;

namespace AkoolPS.Client.Http;

/// <summary>
/// The two retry policies. Reads are safe to repeat and retry on every transient failure. Creates
/// spend credits, so they are repeated only when the request surely did not reach Akool (the
/// connection was never made) or Akool said it refused it unprocessed (429, code 1005).
/// Each try has its own time-out, inside the retry.
/// </summary>
internal static class RetryPolicies
{
    internal const string AttemptsKey = "AkoolPS.Attempts";

    public static IAsyncPolicy<HttpResponseMessage> ForReads(AkoolClientOptions options, RetryDelay delay) =>
        Build(
            options,
            delay,
            Policy<HttpResponseMessage>
                .Handle<HttpRequestException>()
                .Or<TimeoutRejectedException>()
                .OrResult(response => IsTransientStatus(response.StatusCode) || RefusedUnprocessed(response)));

    public static IAsyncPolicy<HttpResponseMessage> ForCreates(AkoolClientOptions options, RetryDelay delay) =>
        Build(
            options,
            delay,
            Policy<HttpResponseMessage>
                .Handle<HttpRequestException>(TransportFailure.NeverSent)
                .OrResult(RefusedUnprocessed));

    /// <summary>408, 429 and every 5xx: the answers after which a read may be sent again.</summary>
    public static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout || (int)status == 429 || (int)status >= 500;

    private static bool RefusedUnprocessed(HttpResponseMessage response) =>
        (int)response.StatusCode == 429 || RequestTraits.BusinessCode(response) is int code && AkoolCodes.IsRetryable(code);

    private static IAsyncPolicy<HttpResponseMessage> Build(
        AkoolClientOptions options, RetryDelay delay, PolicyBuilder<HttpResponseMessage> handled)
    {
        var retry = handled.WaitAndRetryAsync(
            options.MaxRetry,
            (attempt, outcome, _) => delay.For(attempt, outcome.Result),
            (outcome, wait, attempt, context) =>
            {
                context[AttemptsKey] = attempt + 1;
                var what = outcome.Exception is { } ex ? Describe(ex) : Describe(outcome.Result!);
                AkoolLog.Verbose(
                    $"{context.OperationKey}: {what}; try {attempt + 1} of {options.MaxRetry + 1} in {wait.TotalSeconds:0.0} s.");
                outcome.Result?.Dispose();
                return Task.CompletedTask;
            });
        var perTry = Policy.TimeoutAsync<HttpResponseMessage>(options.RequestTimeout, TimeoutStrategy.Optimistic);
        return Policy.WrapAsync(retry, perTry);
    }

    private static string Describe(Exception exception) => exception is TimeoutRejectedException
        ? "no answer within the time-out"
        : TransportFailure.Describe(exception);

    private static string Describe(HttpResponseMessage response) => RequestTraits.BusinessCode(response) is int code && code != AkoolCodes.Success
        ? $"Akool code {code} ({AkoolCodes.Describe(code)})"
        : $"HTTP {(int)response.StatusCode}";
}
