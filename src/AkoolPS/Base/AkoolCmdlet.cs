using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Diagnostics;
using AkoolPS.Client.Errors;

namespace AkoolPS.Base;

/// <summary>
/// The base of every AkoolPS cmdlet. It runs the client's async work on a task and drains every
/// stream write that work queues onto the pipeline thread, the only thread PowerShell lets write.
/// Ctrl+C (<see cref="StopProcessing"/>) cancels the token passed to every request and every delay.
/// </summary>
public abstract class AkoolCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private static readonly string[] InformationTags = { "AkoolPS" };

    // How long a stopped command waits for its cancelled background work to clean up: short, for Ctrl+C is felt.
    private static readonly TimeSpan StoppedWorkPatience = TimeSpan.FromMilliseconds(500);
    private readonly AsyncLocal<Action<Action>?> route = new();
    private WriteQueue? queue;
    private BackgroundWork? background;
    private CmdletLogSink? logSink;
    private bool? interactive;
    private int pipelineThread;

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
    protected CancellationToken StopToken => stopping.Token;

    /// <summary>
    /// Runs async work to its end, writing what it queues as it goes. A failure the client reports
    /// stops the command with its error record (id, category, message); use <see cref="TryRun{T}"/>
    /// where one item's failure must not stop the others.
    /// </summary>
    protected internal void Run(Func<CancellationToken, Task> work)
    {
        try
        {
            Execute(work);
        }
        catch (AkoolException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex, null));
        }
    }

    /// <summary>Runs async work that produces a value; failures stop the command as in <see cref="Run"/>.</summary>
    protected internal T Run<T>(Func<CancellationToken, Task<T>> work)
    {
        T result = default!;
        Run(async token => { result = await work(token).ConfigureAwait(false); });
        return result;
    }

    /// <summary>
    /// Runs async work for one item: a failure is written as a non-terminating error about
    /// <paramref name="target"/> and the command goes on with the next item.
    /// </summary>
    protected internal bool TryRun<T>(Func<CancellationToken, Task<T>> work, object? target, out T result)
    {
        T value = default!;
        try
        {
            Execute(async token => { value = await work(token).ConfigureAwait(false); });
            result = value;
            return true;
        }
        catch (Exception ex) when (ex is AkoolException or IOException or UnauthorizedAccessException)
        {
            WriteError(ErrorRecords.From(ex, target));
            result = default!;
            return false;
        }
    }

    private void Execute(Func<CancellationToken, Task> work)
    {
        var writes = new WriteQueue();
        queue = writes;
        pipelineThread = Environment.CurrentManagedThreadId;
        Task task;
        using (AkoolLog.Use(logSink ??= new CmdletLogSink(this)))
        {
            // The log sink and the route of writes flow into the task through the async context.
            task = Task.Run(() =>
            {
                route.Value = writes.Add;
                return work(StopToken);
            });
        }

        task.ContinueWith(_ => writes.Complete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            while (writes.Take() is { } write)
            {
                write();
            }
        }
        catch
        {
            // A write failed (the pipeline was stopped downstream, say): stop the work, then let the failure out.
            stopping.Cancel();
            WaitQuietly(task);
            throw;
        }
        finally
        {
            queue = null;
        }

        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>
    /// What the waiting engine writes for a job that ended well: the job itself, unless the cmdlet's result
    /// is something made from it (Test-AkoolContent writes the moderation verdict).
    /// </summary>
    protected internal virtual object FinishedOutput(AkoolVideo video) => video;

    /// <summary>
    /// Starts <paramref name="work"/> and returns while it runs, once fewer than <paramref name="limit"/>
    /// pieces of background work are running (writing what they queued while it waits): the cmdlet's own
    /// bound (its -ThrottleLimit, the session's -MaxConcurrency). What the work emits, progress included,
    /// is written by the next <see cref="PumpBackground"/>, at the latest by <see cref="FinishBackground"/>.
    /// Stopped, the command gives the cancelled work a moment to clean up after itself.
    /// </summary>
    protected internal void StartBackground(Func<CancellationToken, Task> work, int limit)
    {
        var pending = background ??= new BackgroundWork();
        pipelineThread = Environment.CurrentManagedThreadId;

        // Asked here, on the pipeline thread: the work's EmitProgress must not ask the host from its own.
        _ = Interactive;
        PumpBackgroundWhile(running => running >= Math.Max(1, limit));
        using (AkoolLog.Use(logSink ??= new CmdletLogSink(this)))
        {
            pending.Start(() =>
            {
                route.Value = pending.Add;
                return work(StopToken);
            });
        }
    }

    /// <summary>Writes what background work has queued so far, without waiting for more.</summary>
    protected internal void PumpBackground() => PumpBackgroundWhile(_ => false);

    /// <summary>Waits for all background work to end, writing what it queues as it comes.</summary>
    protected internal void FinishBackground() => PumpBackgroundWhile(running => running > 0);

    private void PumpBackgroundWhile(Func<int, bool> wait)
    {
        if (background is null)
        {
            return;
        }

        pipelineThread = Environment.CurrentManagedThreadId;
        try
        {
            background.Pump(wait, StopToken);
        }
        catch
        {
            // A write failed (a terminating error, or the pipeline stopped downstream): stop the rest of the work.
            stopping.Cancel();
            background.WaitForEnd(StoppedWorkPatience);
            throw;
        }

        if (StopToken.IsCancellationRequested)
        {
            background.WaitForEnd(StoppedWorkPatience);
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Runs <paramref name="write"/> now if on the pipeline thread, else when the pipeline thread drains.</summary>
    protected internal void OnPipelineThread(Action write) => OnPipeline(write);

    /// <summary>Writes an object now if on the pipeline thread, else when the pipeline thread drains.</summary>
    protected internal void Emit(object? value) => OnPipeline(() => WriteObject(value));

    /// <summary>Writes a non-terminating error from any thread.</summary>
    protected internal void EmitError(ErrorRecord record) => OnPipeline(() => WriteError(record));

    /// <summary>Writes a verbose line from any thread.</summary>
    protected internal void EmitVerbose(string text) => OnPipeline(() => WriteVerbose(text));

    /// <summary>Writes a debug line from any thread.</summary>
    protected internal void EmitDebug(string text) => OnPipeline(() => WriteDebug(text));

    /// <summary>Writes a progress record from any thread; nothing when no one is watching (see <see cref="Interactive"/>).</summary>
    protected internal void EmitProgress(ProgressRecord record)
    {
        if (Interactive)
        {
            OnPipeline(() => WriteProgress(record));
        }
    }

    /// <summary>Writes a line to the information stream from any thread, tagged AkoolPS.</summary>
    protected internal void EmitInformation(string text) => OnPipeline(() => WriteInformation(text, InformationTags));

    /// <summary>
    /// True at an interactive prompt. Elsewhere (runbooks, CI, -NonInteractive with redirected output)
    /// no progress records are written and status changes go to the information stream.
    /// </summary>
    protected internal bool Interactive => interactive ??= HostInfo.IsInteractive(Host);

    /// <summary>Stops the work when PowerShell asks (Ctrl+C).</summary>
    protected override void StopProcessing() => stopping.Cancel();

    /// <summary>Ends the session of the cmdlet's own resources.</summary>
    public void Dispose()
    {
        stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    private void OnPipeline(Action write)
    {
        if (Environment.CurrentManagedThreadId == pipelineThread)
        {
            write();
            return;
        }

        var writes = queue;
        var add = route.Value ?? (writes is null ? null : writes.Add);
        if (add is null)
        {
            write();
            return;
        }

        add(write);
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    /// <summary>Sends the client's log lines to this cmdlet's verbose and debug streams, when they would be seen.</summary>
    private sealed class CmdletLogSink : IAkoolLogSink
    {
        private readonly AkoolCmdlet cmdlet;

        public CmdletLogSink(AkoolCmdlet cmdlet)
        {
            this.cmdlet = cmdlet;
            VerboseEnabled = StreamPreferences.ShowsVerbose(cmdlet.CommandRuntime);
            DebugEnabled = StreamPreferences.ShowsDebug(cmdlet.CommandRuntime);
        }

        public bool VerboseEnabled { get; }

        public bool DebugEnabled { get; }

        public void Verbose(string message) => cmdlet.EmitVerbose(message);

        public void Debug(string message) => cmdlet.EmitDebug(message);
    }
}
