using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Downloads;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>
    /// Saves a result file into <paramref name="target"/>'s folder under its safe name, with the
    /// extension the content shows (never one taken from the link): streamed to a temporary file
    /// named after the target and renamed when complete and of the announced length, resumed where a
    /// connection was cut or stalled. No credentials are sent with it.
    /// </summary>
    /// <exception cref="Errors.AkoolDownloadException">The link is not http(s), the file exists and may not be replaced, or a redirect left http(s).</exception>
    public Task<FileInfo> DownloadAsync(Uri url, DownloadTarget target, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (url is null || target is null)
        {
            throw new ArgumentNullException(url is null ? nameof(url) : nameof(target));
        }

        var downloader = new ResultDownloader(connection.CreateFilesClient, Options);
        return downloader.DownloadAsync(url, target, progress, cancellationToken);
    }

    /// <summary>True for the links <see cref="DownloadAsync"/> accepts: absolute http or https.</summary>
    public static bool IsDownloadableLink(Uri? url) => url is not null && ResultDownloader.IsHttp(url);
}
