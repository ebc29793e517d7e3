using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace AkoolPS.Base;

/// <summary>
/// Work a cmdlet starts in one ProcessRecord and lets run while the next records arrive: piped creates
/// and downloads go out together instead of one by one. At most a bound of them run at once. What they
/// write is queued and written by <see cref="Pump"/> on the pipeline thread, the only one PowerShell
/// lets write; a failure that is not reported as an error record of its own is raised there too.
/// </summary>
internal sealed class BackgroundWork
{
    private readonly object gate = new();
    private readonly Queue<Action> writes = new();
    private int running;

    /// <summary>How many pieces of work are running.</summary>
    public int Running
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    /// <summary>Queues a write for the pipeline thread (from any thread).</summary>
    public void Add(Action write)
    {
        lock (gate)
        {
            writes.Enqueue(write);
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Starts <paramref name="work"/> on the thread pool; call from the pipeline thread.</summary>
    public void Start(Func<Task> work)
    {
        lock (gate)
        {
            running++;
        }

        Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                var captured = ExceptionDispatchInfo.Capture(ex);
                Add(captured.Throw);
            }
            finally
            {
                lock (gate)
                {
                    running--;
                    Monitor.PulseAll(gate);
                }
            }
        });
    }

    /// <summary>
    /// On the pipeline thread: writes what is queued, waiting for more while <paramref name="wait"/> says
    /// (given how many pieces run), and returns once it does not and nothing is left to write.
    /// </summary>
    public void Pump(Func<int, bool> wait, CancellationToken cancellationToken)
    {
        // Ctrl+C wakes the wait at once rather than at its next time-out.
        using var wake = cancellationToken.Register(Wake);
        while (true)
        {
            Action? next;
            lock (gate)
            {
                while (writes.Count == 0 && wait(running) && !cancellationToken.IsCancellationRequested)
                {
                    Monitor.Wait(gate, 250);
                }

                if (writes.Count == 0)
                {
                    return;
                }

                next = writes.Dequeue();
            }

            next();
        }
    }

    /// <summary>
    /// After a stop: waits up to <paramref name="patience"/> for the cancelled work to end, so that it can
    /// undo what it began (a download deletes its temporary file, a create records that its answer never came).
    /// </summary>
    public void WaitForEnd(TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        lock (gate)
        {
            while (running > 0 && patience - clock.Elapsed is { Ticks: > 0 } left)
            {
                Monitor.Wait(gate, left);
            }
        }
    }

    private void Wake()
    {
        lock (gate)
        {
            Monitor.PulseAll(gate);
        }
    }
}
