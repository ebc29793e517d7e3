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
    private WriteQueue? queue;
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
            // The log sink flows into the task through the async context.
            task = Task.Run(() => work(StopToken));
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

    /// <summary>Writes an object now if on the pipeline thread, else when the pipeline thread drains.</summary>
    protected internal void Emit(object? value) => OnPipeline(() => WriteObject(value));

    /// <summary>Writes a non-terminating error from any thread.</summary>
    protected internal void EmitError(ErrorRecord record) => OnPipeline(() => WriteError(record));

    /// <summary>Writes a verbose line from any thread.</summary>
    protected internal void EmitVerbose(string text) => OnPipeline(() => WriteVerbose(text));

    /// <summary>Writes a debug line from any thread.</summary>
    protected internal void EmitDebug(string text) => OnPipeline(() => WriteDebug(text));

    /// <summary>Writes a warning from any thread.</summary>
    protected internal void EmitWarning(string text) => OnPipeline(() => WriteWarning(text));

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
        var writes = queue;
        if (writes is null || Environment.CurrentManagedThreadId == pipelineThread)
        {
            write();
            return;
        }

        writes.Add(write);
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
