using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

namespace AkoolPS.Client.Http;

/// <summary>
/// Builds the session's HTTP clients through IHttpClientFactory, so handlers are pooled and rotated
/// (DNS changes are picked up) and the retry policies sit in the handler chain:
/// policy (retry, then a time-out per try) → business-code probe → bounded body read → network.
/// The API client follows no redirect: its requests carry credentials, which go to the API address
/// and nowhere else (the connection turns a redirect into a clear error).
/// Result downloads get a second client with no credentials at all: result links live on other hosts.
/// </summary>
internal static class HttpClientSetup
{
    internal const string ApiClientName = "AkoolPS.Api";
    internal const string FilesClientName = "AkoolPS.Files";

    public static ServiceProvider Build(AkoolClientOptions options)
    {
        var delay = new RetryDelay(options.RetryDelay, options.MaxRetryDelay);
        var reads = RetryPolicies.ForReads(options, delay);
        var creates = RetryPolicies.ForCreates(options, delay);
        Func<HttpMessageHandler> apiHandler = options.PrimaryHandlerFactory ?? (() => CreateNetworkHandler(options, decompress: true, followRedirects: false));

        // No transparent decompression for files: Range offsets must count the bytes on the wire.
        Func<HttpMessageHandler> filesHandler = options.PrimaryHandlerFactory ?? (() => CreateNetworkHandler(options, decompress: false, followRedirects: true));

        var services = new ServiceCollection();
        services.AddHttpClient(ApiClientName, client => Configure(client, options))
            .ConfigurePrimaryHttpMessageHandler(apiHandler)
            .SetHandlerLifetime(TimeSpan.FromMinutes(5))
            .AddPolicyHandler(request => RequestTraits.IsCreate(request) ? creates : reads)
            .AddHttpMessageHandler(() => new BusinessCodeProbeHandler())
            .AddHttpMessageHandler(() => new BoundedBodyHandler())
            .RemoveAllLoggers();
        services.AddHttpClient(FilesClientName, client => Configure(client, options))
            .ConfigurePrimaryHttpMessageHandler(filesHandler)
            .SetHandlerLifetime(TimeSpan.FromMinutes(5))
            .RemoveAllLoggers();
        return services.BuildServiceProvider();
    }

    private static void Configure(HttpClient client, AkoolClientOptions options)
    {
        // Time-outs are per try (policy) and per read (downloads), never for a whole transfer.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    private static HttpMessageHandler CreateNetworkHandler(AkoolClientOptions options, bool decompress, bool followRedirects)
    {
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = followRedirects,
            UseCookies = false,
            AutomaticDecompression = decompress ? DecompressionMethods.GZip | DecompressionMethods.Deflate : DecompressionMethods.None,
        };
        if (options.Proxy is not null)
        {
            handler.Proxy = options.Proxy;
            handler.UseProxy = true;
        }

        return handler;
    }
}
