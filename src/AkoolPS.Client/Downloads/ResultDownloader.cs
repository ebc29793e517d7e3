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
/// Saves a result file. It streams into a hidden temporary file beside the target and renames it only
/// when every byte has arrived, so no half file ever carries the final name. A connection cut in the
/// middle resumes with a Range request from where it stopped (or starts over when the server ignores
/// Range). No credentials are sent: result links are presigned links on other hosts.
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

    public async Task<FileInfo> DownloadAsync(Uri url, string path, bool overwrite, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        if (!overwrite && File.Exists(target))
        {
            throw new AkoolValidationException("FileExists", $"The file '{target}' already exists. Use -Force to replace it, or save to another folder.", target);
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await FillAsync(url, file, progress, cancellationToken).ConfigureAwait(false);
            }

            Publish(temporary, target, overwrite);
            return new FileInfo(target);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private async Task FillAsync(Uri url, FileStream file, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var total = await TransferAsync(url, file, progress, cancellationToken).ConfigureAwait(false);
                AkoolLog.Verbose($"GET {url.AbsolutePath} -> {total} bytes in {clock.ElapsedMilliseconds} ms");
                return;
            }
            catch (TransientDownloadException ex) when (attempt <= options.MaxRetry)
            {
                var wait = delay.For(attempt, null);
                AkoolLog.Verbose($"GET {url.AbsolutePath}: {ex.Message} after {file.Length} bytes; try {attempt + 1} of {options.MaxRetry + 1} in {wait.TotalSeconds:0.0} s.");
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientDownloadException ex)
            {
                throw new AkoolTransportException(url.AbsolutePath, attempt, ex.Message, ex.TimedOut, ex.Status, ex.InnerException);
            }
        }
    }

    /// <summary>One request: resumes at the file's current length, returns the full length when complete.</summary>
    private async Task<long> TransferAsync(Uri url, FileStream file, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var resumeAt = file.Length;
        if (resumeAt > 0)
        {
            request.Headers.Range = new RangeHeaderValue(resumeAt, null);
        }

        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stall.CancelAfter(options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await createClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stall.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsNetworkFailure(ex, cancellationToken))
        {
            throw new TransientDownloadException(ex is OperationCanceledException ? "no answer within the time-out" : TransportFailure.Describe(ex), ex is OperationCanceledException, null, ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is 403 or 404 or 410)
            {
                throw new AkoolResultExpiredException(url, status);
            }

            if (RetryPolicies.IsTransientStatus(response.StatusCode))
            {
                throw new TransientDownloadException("HTTP " + status, false, status, null);
            }

            if (status is not (200 or 206))
            {
                throw new AkoolResponseException(url.AbsolutePath, status, "is not a file", string.Empty);
            }

            var range = response.Content.Headers.ContentRange;
            if (status == 206 && range?.From == resumeAt)
            {
                file.Seek(resumeAt, SeekOrigin.Begin);
            }
            else
            {
                if (resumeAt > 0)
                {
                    AkoolLog.Verbose($"GET {url.AbsolutePath}: the server did not resume at byte {resumeAt}; starting over.");
                }

                file.SetLength(0);
                resumeAt = 0;
            }

            long? total = range?.Length ?? (response.Content.Headers.ContentLength is long length ? resumeAt + length : null);
            var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            await CopyAsync(source, file, total, stall, progress, cancellationToken).ConfigureAwait(false);
            if (total is long expected && file.Length != expected)
            {
                throw new TransientDownloadException($"the transfer ended at byte {file.Length} of {expected}", false, status, null);
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            return file.Length;
        }
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
            catch (Exception ex) when (IsNetworkFailure(ex, cancellationToken))
            {
                var stalled = ex is OperationCanceledException;
                throw new TransientDownloadException(stalled ? "no data within the time-out" : "the connection was cut", stalled, null, ex);
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

    private static bool IsNetworkFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static void Publish(string temporary, string target, bool overwrite)
    {
        if (File.Exists(target))
        {
            if (!overwrite)
            {
                throw new AkoolValidationException("FileExists", $"The file '{target}' appeared while downloading. Use -Force to replace it.", target);
            }

            File.Replace(temporary, target, null);
        }
        else
        {
            File.Move(temporary, target);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class TransientDownloadException : Exception
    {
        public TransientDownloadException(string message, bool timedOut, int? status, Exception? inner)
            : base(message, inner)
        {
            TimedOut = timedOut;
            Status = status;
        }

        public bool TimedOut { get; }

        public int? Status { get; }
    }
}
