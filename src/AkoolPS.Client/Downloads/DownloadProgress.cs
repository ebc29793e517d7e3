namespace AkoolPS.Client.Downloads;

/// <summary>How far a download has come.</summary>
public readonly struct DownloadProgress
{
    /// <summary>Creates a progress report.</summary>
    public DownloadProgress(long bytesReceived, long? totalBytes)
    {
        BytesReceived = bytesReceived;
        TotalBytes = totalBytes;
    }

    /// <summary>Bytes on disk so far.</summary>
    public long BytesReceived { get; }

    /// <summary>The file's full length, when the server said.</summary>
    public long? TotalBytes { get; }

    /// <summary>Per cent done, or null when the length is unknown.</summary>
    public int? Percent => TotalBytes is long total && total > 0 ? (int)(BytesReceived * 100 / total) : null;
}
