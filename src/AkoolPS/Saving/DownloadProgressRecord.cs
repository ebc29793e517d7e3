using System.Management.Automation;
using AkoolPS.Client.Downloads;

namespace AkoolPS.Saving;

/// <summary>The child progress bar of one download: bytes so far (and of how many), or done.</summary>
internal static class DownloadProgressRecord
{
    /// <summary>The bar of download <paramref name="id"/> saving <paramref name="name"/>; a null state completes it.</summary>
    public static ProgressRecord Of(int id, string name, DownloadProgress? state) => state is { } p
        ? new ProgressRecord(id, "Saving " + name, p.TotalBytes is long total ? $"{p.BytesReceived / 1024:N0} of {total / 1024:N0} KB" : $"{p.BytesReceived / 1024:N0} KB") { PercentComplete = p.Percent ?? -1 }
        : new ProgressRecord(id, "Saving " + name, "Done") { RecordType = ProgressRecordType.Completed };
}
