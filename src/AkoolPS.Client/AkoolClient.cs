using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Http;

namespace AkoolPS.Client;

/// <summary>
/// A connection to Akool's Open API for one set of credentials: HTTP with retries, authentication,
/// and every call the module makes. Thread-safe; one instance serves a whole session, including
/// cmdlets running in parallel runspaces.
/// </summary>
public sealed partial class AkoolClient : IDisposable
{
    private readonly AkoolConnection connection;
    private readonly SemaphoreSlim concurrency;
    private int disposed;

    /// <summary>Creates the client. No request is made until one is asked for.</summary>
    public AkoolClient(AkoolClientOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.Validate();
        connection = new AkoolConnection(options);
        concurrency = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
    }

    /// <summary>What the client was made with.</summary>
    public AkoolClientOptions Options => connection.Options;

    /// <summary>Where the API is, with a trailing slash.</summary>
    public Uri BaseUri => Options.NormalizedBaseUri;

    /// <summary>How the client authenticates: ApiKey, ClientCredential or Token.</summary>
    public string AuthMethod => Options.Credential.Method;

    /// <summary>When the access token obtained for client credentials ends, once there is one.</summary>
    public DateTimeOffset? TokenExpiresAt => connection.Authenticator.TokenExpiresAt;

    /// <summary>True once <see cref="Dispose"/> has run.</summary>
    public bool IsDisposed => Volatile.Read(ref disposed) != 0;

    /// <summary>
    /// Checks the credentials with one cheap call (the language list, which is then cached).
    /// For client credentials this also gets the access token.
    /// </summary>
    public Task<IReadOnlyList<Models.LanguageInfo>> ValidateAsync(CancellationToken cancellationToken) =>
        GetLanguagesAsync(refresh: true, cancellationToken);

    /// <summary>Ends the client: its connections are closed and its secrets released.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            // The semaphore is left undisposed on purpose: calls still running in other runspaces release
            // it on their way out, and end in AkoolSessionClosedException rather than a disposed-object error.
            connection.Dispose();
        }
    }

    private void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw new Errors.AkoolSessionClosedException(null);
        }
    }

    /// <summary>Runs <paramref name="work"/> within the client's bound on requests in flight.</summary>
    private async Task<T> ThrottledAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
        }
        catch
        {
            concurrency.Release();
            throw;
        }

        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            concurrency.Release();
        }
    }
}
