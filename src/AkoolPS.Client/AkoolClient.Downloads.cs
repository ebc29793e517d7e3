using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Downloads;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>
    /// Saves a result file to <paramref name="path"/>: streamed to a temporary file and renamed when
    /// complete, resumed where a connection was cut. No credentials are sent with it.
    /// </summary>
    public Task<FileInfo> DownloadAsync(Uri url, string path, bool overwrite, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (url is null || !url.IsAbsoluteUri)
        {
            throw new ArgumentException("The result link must be an absolute address.", nameof(url));
        }

        var downloader = new ResultDownloader(connection.CreateFilesClient, Options);
        return downloader.DownloadAsync(url, path, overwrite, progress, cancellationToken);
    }
}
