using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Diagnostics;
using AkoolPS.Client.Downloads;

namespace AkoolPS.Saving;

/// <summary>
/// Downloads running in the background, as many at once as the cmdlet allows, that outlive one
/// ProcessRecord. They never write to PowerShell themselves: what they report (files, errors,
/// verbose lines, progress) waits here until the pipeline thread drains it, between records and
/// while the cmdlet waits for a free slot or for the last download. Their client log lines come here too.
/// </summary>
internal sealed class DownloadPool : IAkoolLogSink, IDisposable
{
    private readonly ConcurrentQueue<Action> outbox = new();
    private readonly ConcurrentDictionary<int, ProgressRecord> progress = new();
    private readonly SemaphoreSlim signal = new(0);
    private readonly List<Task> tasks = new();
    private readonly Action<string> writeVerbose;
    private readonly Action<string> writeDebug;
    private int running;

    public DownloadPool(bool verbose, bool debug, Action<string> writeVerbose, Action<string> writeDebug)
    {
        VerboseEnabled = verbose;
        DebugEnabled = debug;
        this.writeVerbose = writeVerbose;
        this.writeDebug = writeDebug;
    }

    public bool VerboseEnabled { get; }

    public bool DebugEnabled { get; }

    /// <summary>Downloads not yet ended.</summary>
    public int Running => Volatile.Read(ref running);

    /// <summary>True while something waits to be written.</summary>
    public bool HasOutput => !outbox.IsEmpty || !progress.IsEmpty;

    /// <summary>Starts <paramref name="work"/> in the background; it reports through <see cref="Post"/> and <see cref="ReportProgress"/>.</summary>
    public void Start(Func<Task> work)
    {
        Interlocked.Increment(ref running);
        tasks.Add(Task.Run(async () =>
        {
            using (AkoolLog.Use(this))
            {
                try
                {
                    await work().ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                    signal.Release();
                }
            }
        }));
    }

    /// <summary>Queues a write for the pipeline thread.</summary>
    public void Post(Action write)
    {
        outbox.Enqueue(write);
        signal.Release();
    }

    /// <summary>
    /// Keeps the latest progress of download <paramref name="id"/> for the pipeline thread (null: done),
    /// when someone watches (<paramref name="interactive"/>).
    /// </summary>
    public void ReportProgress(int id, string name, DownloadProgress? state, bool interactive)
    {
        if (!interactive)
        {
            return;
        }

        progress[id] = state is { } p
            ? new ProgressRecord(id, "Saving " + name, p.TotalBytes is long total ? $"{p.BytesReceived / 1024:N0} of {total / 1024:N0} KB" : $"{p.BytesReceived / 1024:N0} KB") { PercentComplete = p.Percent ?? -1 }
            : new ProgressRecord(id, "Saving " + name, "Done") { RecordType = ProgressRecordType.Completed };
        signal.Release();
    }

    /// <summary>Waits, off the pipeline thread, until something is to be written or fewer than <paramref name="limit"/> downloads run.</summary>
    public async Task WaitAsync(int limit, CancellationToken cancellationToken)
    {
        while (!HasOutput && Running >= limit)
        {
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>On the pipeline thread: writes what the downloads reported, in order.</summary>
    public void Drain(Action<ProgressRecord> writeProgress)
    {
        foreach (var id in progress.Keys.ToList())
        {
            if (progress.TryRemove(id, out var record))
            {
                writeProgress(record);
            }
        }

        while (outbox.TryDequeue(out var write))
        {
            write();
        }

        tasks.RemoveAll(task => task.IsCompleted);
    }

    /// <summary>After a stop: gives the cancelled downloads a moment to delete their temporary files.</summary>
    public void WaitForStopped(TimeSpan patience)
    {
        try
        {
            Task.WaitAll(tasks.ToArray(), patience);
        }
        catch (AggregateException)
        {
        }
    }

    public void Verbose(string message) => Post(() => writeVerbose(message));

    public void Debug(string message) => Post(() => writeDebug(message));

    public void Dispose() => signal.Dispose();
}
