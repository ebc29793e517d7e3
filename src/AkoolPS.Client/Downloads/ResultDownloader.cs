using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Diagnostics;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Http;

namespace AkoolPS.Client.Downloads;

/// <summary>
/// Saves a result file. It streams into a temporary file named after the target and renames it
/// only when every byte has arrived and the length is the one the server announced, so no half file
/// ever carries the final name. A cut or stalled connection resumes with Range and If-Range (the
/// first answer's validator); a 206 is used only when it is exactly the part asked for, of the same
/// version and total; anything else starts again from byte 0, so bytes of two versions are never
/// spliced. No credentials are sent: result links are presigned links on other hosts.
/// </summary>
internal sealed class ResultDownloader
{
    private const int BufferSize = 81920;
    private readonly Func<HttpClient> createClient;
    private readonly AkoolClientOptions options;
    private readonly RetryDelay delay;

    public ResultDownloader(Func<HttpClient> createClient, AkoolClientOptions options)
    {
        this.createClient = createClient;
        this.options = options;
        delay = new RetryDelay(options.RetryDelay, options.MaxRetryDelay);
    }

    public static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    public async Task<FileInfo> DownloadAsync(Uri url, DownloadTarget target, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        if (!IsHttp(url))
        {
            throw NotHttp(url);
        }

        Directory.CreateDirectory(target.Folder);
        if (!target.Overwrite && File.Exists(target.ExpectedPath))
        {
            throw Exists(target.ExpectedPath);
        }

        var state = PartialState.Recover(target, url);
        try
        {
            var head = new byte[MediaTypes.SniffLength];
            int headLength;
            string? contentType;
            using (var file = new FileStream(target.PartialPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, BufferSize, useAsync: true))
            {
                if (state is null)
                {
                    file.SetLength(0);
                }
                else
                {
                    AkoolLog.Verbose($"GET {url.AbsolutePath}: resuming the {file.Length:N0} bytes an earlier save left.");
                }

                var transfer = new Transfer(url, target, file, state);
                await FillAsync(transfer, progress, cancellationToken).ConfigureAwait(false);
                contentType = transfer.ContentType;
                file.Position = 0;
                headLength = await file.ReadAsync(head, 0, head.Length, cancellationToken).ConfigureAwait(false);
            }

            var path = target.PathFor(MediaTypes.ExtensionOf(target.Media, head, headLength, contentType));
            Publish(target.PartialPath, path, target.Overwrite);
            return new FileInfo(path);
        }
        finally
        {
            // Saved: the state is spent. Failed in this process: nothing is left behind; only a killed process leaves a partial file.
            PartialState.Delete(target);
        }
    }

    private async Task FillAsync(Transfer transfer, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var url = transfer.Url;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var total = await TransferAsync(transfer, progress, cancellationToken).ConfigureAwait(false);
                AkoolLog.Verbose($"GET {url.AbsolutePath} -> {total:N0} bytes in {clock.ElapsedMilliseconds} ms");
                return;
            }
            catch (TransientDownloadException ex) when (attempt <= options.MaxRetry)
            {
                var wait = ex.RetryAfter is TimeSpan asked ? (asked > options.MaxRetryDelay ? options.MaxRetryDelay : asked)
                    : ex.StartOver ? TimeSpan.Zero
                    : delay.For(attempt, null);
                AkoolLog.Verbose($"GET {url.AbsolutePath}: {ex.Message} after {transfer.File.Length:N0} bytes; try {attempt + 1} of {options.MaxRetry + 1} in {wait.TotalSeconds:0.0} s.");
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientDownloadException ex)
            {
                throw new AkoolTransportException(url.AbsolutePath, attempt, ex.Message, ex.TimedOut, ex.Status, ex.InnerException);
            }
        }
    }

    /// <summary>One request: resumes where the file ends when that is safe; returns the full length when complete.</summary>
    private async Task<long> TransferAsync(Transfer transfer, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var (url, file) = (transfer.Url, transfer.File);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var resumeAt = file.Length;
        if (resumeAt > 0 && transfer.State is { } known)
        {
            request.Headers.Range = new RangeHeaderValue(resumeAt, null);
            request.Headers.TryAddWithoutValidation("If-Range", known.Validator);
        }
        else if (resumeAt > 0)
        {
            file.SetLength(0);
            resumeAt = 0;
        }

        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stall.CancelAfter(options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await createClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stall.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsNetworkFailure(ex))
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new TransientDownloadException(ex is OperationCanceledException ? "no answer within the time-out" : TransportFailure.Describe(ex), ex is OperationCanceledException, null, ex);
        }

        // A read that the runtime does not cancel by itself (older frameworks) ends when the answer is disposed.
        using (response)
        using (stall.Token.Register(response.Dispose))
        {
            var status = (int)response.StatusCode;
            CheckAnswer(transfer, response, status, resumeAt);
            if (status == 206)
            {
                file.Seek(resumeAt, SeekOrigin.Begin);
            }
            else
            {
                if (resumeAt > 0)
                {
                    AkoolLog.Verbose($"GET {url.AbsolutePath}: the file was sent whole (it changed, or the server does not resume); starting over.");
                }

                file.SetLength(0);
                transfer.Begin(response);
            }

            var total = transfer.Total;
            var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            await CopyAsync(source, file, total, stall, progress, cancellationToken).ConfigureAwait(false);
            if (total is long expected && file.Length != expected)
            {
                if (file.Length > expected)
                {
                    file.SetLength(0);
                    throw new TransientDownloadException($"the server sent more than the {expected:N0} bytes it announced", false, status, null, startOver: true);
                }

                throw new TransientDownloadException($"the transfer ended at byte {file.Length:N0} of {expected:N0}", false, status, null);
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            return file.Length;
        }
    }

    /// <summary>Refuses an answer that is not the file, or not the part of it that was asked for.</summary>
    private void CheckAnswer(Transfer transfer, HttpResponseMessage response, int status, long resumeAt)
    {
        var url = transfer.Url;
        if (response.RequestMessage?.RequestUri is { } final && !IsHttp(final))
        {
            throw NotHttp(final);
        }

        if (status is 403 or 404 or 410)
        {
            throw new AkoolResultExpiredException(url, status);
        }

        if (RetryPolicies.IsTransientStatus(response.StatusCode))
        {
            throw new TransientDownloadException("HTTP " + status, false, status, null, retryAfter: delay.RetryAfter(response));
        }

        if (status is >= 300 and < 400)
        {
            var where = response.Headers.Location is { IsAbsoluteUri: true } location ? $" to a {location.Scheme}: address" : string.Empty;
            throw new AkoolDownloadException("Redirected", $"The result link redirected{where}, which was not followed: only http and https addresses are downloaded. Get a fresh link and try again.", url.GetLeftPart(UriPartial.Path), AkoolFailureKind.InvalidResponse, url.AbsolutePath, status);
        }

        if (status == 416 && resumeAt > 0)
        {
            transfer.File.SetLength(0);
            throw new TransientDownloadException($"the server cannot send from byte {resumeAt:N0}", false, status, null, startOver: true);
        }

        if (status is not (200 or 206))
        {
            throw new AkoolResponseException(url.AbsolutePath, status, "is not a file", string.Empty);
        }

        if (status == 206 && WrongPart(transfer.State, response, resumeAt) is { } problem)
        {
            transfer.File.SetLength(0);
            throw new TransientDownloadException(problem + "; starting over from byte 0", false, status, null, startOver: true);
        }
    }

    /// <summary>Why a 206 cannot continue the file, or null when it is exactly the rest of the same version.</summary>
    private static string? WrongPart(PartialState? state, HttpResponseMessage response, long resumeAt)
    {
        var range = response.Content.Headers.ContentRange;
        if (state is null || resumeAt == 0)
        {
            return "the server sent part of the file unasked";
        }

        if (range is null || !range.HasRange || !string.Equals(range.Unit, "bytes", StringComparison.OrdinalIgnoreCase))
        {
            return "the server sent part of the file without saying which (no Content-Range)";
        }

        if (range.From != resumeAt)
        {
            return $"the server sent bytes from {range.From:N0} when {resumeAt:N0} was asked for";
        }

        if (range.Length != state.Total)
        {
            return $"the server's file is {(range.Length is long l ? l.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "of unknown length")} bytes now, not {state.Total:N0}";
        }

        if (range.To is long to && response.Content.Headers.ContentLength is long length && length != to - resumeAt + 1)
        {
            return "the server's Content-Length does not match its Content-Range";
        }

        if (response.Headers.ETag is { IsWeak: false } etag && state.Validator.StartsWith("\"", StringComparison.Ordinal) && etag.Tag != state.Validator)
        {
            return "the server's file changed (another ETag)";
        }

        return null;
    }

    private async Task CopyAsync(Stream source, FileStream file, long? total, CancellationTokenSource stall, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        var lastReport = Stopwatch.StartNew();
        while (true)
        {
            int read;
            try
            {
                stall.CancelAfter(options.RequestTimeout);
                read = await source.ReadAsync(buffer, 0, buffer.Length, stall.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsNetworkFailure(ex))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stalled = stall.IsCancellationRequested;
                throw new TransientDownloadException(stalled ? $"no data for {options.RequestTimeout.TotalSeconds:0.###} s" : "the connection was cut", stalled, null, ex);
            }

            if (read == 0)
            {
                progress?.Report(new DownloadProgress(file.Length, total));
                return;
            }

            // Disk errors are not retried: they surface as they are.
            await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
            if (lastReport.ElapsedMilliseconds >= 200)
            {
                progress?.Report(new DownloadProgress(file.Length, total));
                lastReport.Restart();
            }
        }
    }

    // A request or read ended by the network, the stall timer or an answer disposed under it (the caller's own cancellation is told apart where caught).
    private static bool IsNetworkFailure(Exception ex) =>
        ex is HttpRequestException or IOException or OperationCanceledException or ObjectDisposedException;

    private static AkoolDownloadException NotHttp(Uri url) => new(
        "UnsupportedLink",
        $"The result link is a{(url.IsAbsoluteUri ? " " + url.Scheme + ":" : " relative")} address; only http and https links are downloaded. Nothing was written for it.",
        url.IsAbsoluteUri ? url.Scheme : null,
        AkoolFailureKind.InvalidResponse);

    private static AkoolDownloadException Exists(string path) => new(
        "FileExists", $"The file '{path}' already exists; it was not replaced.", path, AkoolFailureKind.InvalidArgument);

    private static void Publish(string temporary, string target, bool overwrite)
    {
        if (File.Exists(target))
        {
            if (!overwrite)
            {
                throw Exists(target);
            }

            File.Replace(temporary, target, null);
        }
        else
        {
            File.Move(temporary, target);
        }
    }

    /// <summary>One download's file and what the first answer said about the version being fetched.</summary>
    private sealed class Transfer
    {
        public Transfer(Uri url, DownloadTarget target, FileStream file, PartialState? state)
        {
            Url = url;
            Target = target;
            File = file;
            State = state;
            Total = state?.Total;
            ContentType = state?.ContentType;
        }

        public Uri Url { get; }

        public DownloadTarget Target { get; }

        public FileStream File { get; }

        /// <summary>Set when the first answer gave a validator and a length: only then can a later part be checked, and resumed.</summary>
        public PartialState? State { get; private set; }

        /// <summary>The full length the first answer announced, when it did.</summary>
        public long? Total { get; private set; }

        public string? ContentType { get; private set; }

        /// <summary>A whole answer: its validator and length are what later parts must match.</summary>
        public void Begin(HttpResponseMessage response)
        {
            var validator = response.Headers.ETag is { IsWeak: false } etag ? etag.Tag
                : response.Content.Headers.TryGetValues("Last-Modified", out var values) ? string.Join(",", values)
                : null;
            Total = response.Content.Headers.ContentLength;
            ContentType = response.Content.Headers.ContentType?.ToString();
            State = validator is null || Total is null ? null : new PartialState(PartialState.SourceOf(Url), validator, Total.Value, ContentType);
            if (State is { } state)
            {
                state.Save(Target);
            }
            else
            {
                System.IO.File.Delete(Target.PartialStatePath);
            }
        }
    }

    private sealed class TransientDownloadException : Exception
    {
        public TransientDownloadException(string message, bool timedOut, int? status, Exception? inner, bool startOver = false, TimeSpan? retryAfter = null)
            : base(message, inner)
        {
            TimedOut = timedOut;
            Status = status;
            StartOver = startOver;
            RetryAfter = retryAfter;
        }

        public bool TimedOut { get; }

        public int? Status { get; }

        /// <summary>The file was emptied: try again at once, there is nothing to wait for.</summary>
        public bool StartOver { get; }

        /// <summary>What the server's Retry-After asked for.</summary>
        public TimeSpan? RetryAfter { get; }
    }
}
