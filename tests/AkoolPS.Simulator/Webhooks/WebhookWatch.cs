using System.Collections.Concurrent;

namespace AkoolPS.Simulator;

/// <summary>
/// The jobs whose webhook notices are not all sent yet. Job states are computed lazily from the clock, so
/// something has to look: <see cref="WebhookService"/> ticks this every 100 ms. A tick costs one evaluation
/// per watched job, and a job leaves the set once its final notice is queued, so finished jobs cost nothing.
/// </summary>
internal sealed class WebhookWatch
{
    private readonly ConcurrentDictionary<string, Watched> _jobs = new(StringComparer.Ordinal);
    private CancellationTokenSource _generation = new();

    /// <summary>Cancelled by <see cref="Reset"/>: deliveries begun before it stop and are no longer journalled.</summary>
    public CancellationToken Generation => Volatile.Read(ref _generation).Token;

    /// <summary>Starts watching a new job, if it has a webhook URL.</summary>
    public void Watch(Job job)
    {
        if (job.WebhookUrl.Length > 0)
        {
            _jobs[job.Id] = new Watched(job, Generation);
        }
    }

    /// <summary>
    /// Queues the notices due at <paramref name="now"/>. Every job gets exactly one "processing" (2) and then one
    /// "completed" (3) or "failed" (4), in that order, however fast it ran or was finished by an admin call: a
    /// job that passed through 2 between two ticks still reports it. Notices of one job are delivered one after
    /// the other (retries included); different jobs do not wait for each other. Called from one loop only.
    /// </summary>
    public void Tick(long now, JobStore jobs, Func<Job, int, CancellationToken, Task> deliver)
    {
        foreach (var (id, watched) in _jobs)
        {
            // Forgotten (admin delete or reset): nothing more to say about it.
            if (!ReferenceEquals(jobs.Find(id), watched.Job))
            {
                _jobs.TryRemove(KeyValuePair.Create(id, watched));
                continue;
            }

            var status = watched.Job.Evaluate(now).Status;
            if (status == JobStatus.Queued)
            {
                continue;
            }

            watched.Send(JobStatus.Processing, deliver);
            if (status is JobStatus.Completed or JobStatus.Failed)
            {
                watched.Send(status, deliver);
                _jobs.TryRemove(KeyValuePair.Create(id, watched));
            }
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _generation, new CancellationTokenSource()).Cancel();
        _jobs.Clear();
    }

    private sealed class Watched(Job job, CancellationToken generation)
    {
        private readonly HashSet<int> _sent = [];
        private Task _deliveries = Task.CompletedTask;

        public Job Job { get; } = job;

        /// <summary>Queues the notice for <paramref name="status"/> behind the earlier ones, once.</summary>
        public void Send(int status, Func<Job, int, CancellationToken, Task> deliver)
        {
            if (_sent.Add(status))
            {
                _deliveries = AfterAsync(_deliveries, () => deliver(Job, status, generation));
            }
        }

        // The delivery never throws (it journals its failures), so awaiting the previous one is only about order.
        private static async Task AfterAsync(Task previous, Func<Task> next)
        {
            await previous;
            await next();
        }
    }
}
