using System;
using System.Collections.Generic;
using System.Threading;

namespace AkoolPS.Base;

/// <summary>
/// The writes that work running off the pipeline thread queues for it. Take blocks until a write
/// arrives or the work has ended; ending is a flag, not a cancellation, so a command that queued
/// nothing costs no exception and no spinning.
/// </summary>
internal sealed class WriteQueue
{
    private readonly object gate = new();
    private readonly Queue<Action> writes = new();
    private bool ended;

    /// <summary>Queues a write; after the work has ended there is nothing left to write to, and it is dropped.</summary>
    public void Add(Action write)
    {
        lock (gate)
        {
            if (!ended)
            {
                writes.Enqueue(write);
                Monitor.Pulse(gate);
            }
        }
    }

    /// <summary>Marks the work as ended: Take returns what is left, then null.</summary>
    public void Complete()
    {
        lock (gate)
        {
            ended = true;
            Monitor.Pulse(gate);
        }
    }

    /// <summary>The next write, waiting for it if need be; null once the work has ended and all is written.</summary>
    public Action? Take()
    {
        lock (gate)
        {
            while (writes.Count == 0 && !ended)
            {
                Monitor.Wait(gate);
            }

            return writes.Count > 0 ? writes.Dequeue() : null;
        }
    }
}
