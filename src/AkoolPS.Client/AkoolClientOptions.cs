using System;
using System.Net;
using System.Net.Http;
using AkoolPS.Client.Auth;

namespace AkoolPS.Client;

/// <summary>Everything a client is made with. Immutable once the client exists.</summary>
public sealed record AkoolClientOptions
{
    /// <summary>Akool's production address.</summary>
    public static readonly Uri DefaultBaseUri = new("https://openapi.akool.com/");

    /// <summary>Where the API is (tests and the demo point this at the simulator).</summary>
    public Uri BaseUri { get; init; } = DefaultBaseUri;

    /// <summary>How the client authenticates (required).</summary>
    public AkoolCredential Credential { get; init; } = null!;

    /// <summary>The time-out of one try of one request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>How many times a failed request may be retried (0 = never).</summary>
    public int MaxRetry { get; init; } = 4;

    /// <summary>The first backoff delay; it doubles on each retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait between tries, including what a Retry-After header asks for.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many status requests the client has in flight at once when it reads many jobs (Get-AkoolVideo -Id with
    /// many ids, Wait-AkoolVideo). At 16 a thousand jobs read at 20 ms a request take about 1.3 s.
    /// </summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>A proxy to use, or null for the system's.</summary>
    public IWebProxy? Proxy { get; init; }

    /// <summary>
    /// Allow credentials over plain http to a host that is not this machine (loopback). Off by default:
    /// without TLS anyone on the way can read the API key, the token or the client secret.
    /// </summary>
    public bool AllowUnencryptedAuthentication { get; init; }

    /// <summary>The User-Agent product token.</summary>
    public string UserAgent { get; init; } = "AkoolPS";

    /// <summary>The time now (tests move it).</summary>
    internal Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Replaces the network handler (tests use fake handlers).</summary>
    internal Func<HttpMessageHandler>? PrimaryHandlerFactory { get; init; }

    internal void Validate()
    {
        if (Credential is null)
        {
            throw new ArgumentException("A credential is required.", nameof(Credential));
        }

        if (BaseUri is null || !BaseUri.IsAbsoluteUri || (BaseUri.Scheme != Uri.UriSchemeHttp && BaseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The base URI must be an absolute http or https address.", nameof(BaseUri));
        }

        if (!IsSafeTransport(BaseUri) && !AllowUnencryptedAuthentication)
        {
            throw new ArgumentException(
                $"The base URI {BaseUri.Scheme}://{BaseUri.Authority} is plain http to another machine: the credentials would cross the network unencrypted. Use https, or allow unencrypted authentication explicitly.",
                nameof(BaseUri));
        }

        if (RequestTimeout <= TimeSpan.Zero || MaxRetry < 0 || MaxConcurrency < 1 || RetryDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("Time-outs must be positive, and retry counts and concurrency not negative.");
        }
    }

    /// <summary>True for https, and for plain http to this machine (loopback), where nothing crosses a network.</summary>
    public static bool IsSafeTransport(Uri baseUri) =>
        baseUri.Scheme == Uri.UriSchemeHttps || baseUri.IsLoopback;

    internal Uri NormalizedBaseUri => BaseUri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal)
        ? BaseUri
        : new Uri(BaseUri.AbsoluteUri + "/");
}
