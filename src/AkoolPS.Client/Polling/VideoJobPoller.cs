using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Polling;

/// <summary>
/// Waits for many jobs at once. Each job has its own schedule (a first delay, then a steady interval);
/// all jobs due at one moment are fetched together, concurrently, batched where Akool's status call takes many ids. Each job is
/// reported the moment it ends. The wait never polls forever: a time-out ends it, and a job that can
/// no longer be read is given up.
/// </summary>
public sealed class VideoJobPoller
{
    private readonly AkoolClient client;

    /// <summary>Creates a poller that reads job states through <paramref name="client"/>.</summary>
    public VideoJobPoller(AkoolClient client) => this.client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Waits until every job has ended, been given up, or the time-out has passed.</summary>
    public async Task WaitAsync(IReadOnlyList<VideoJob> jobs, WaitOptions options, IVideoWaitObserver observer, CancellationToken cancellationToken)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        var pending = new List<Tracked>();
        foreach (var job in jobs.GroupBy(j => (j.Kind, j.Id)).Select(g => g.Last()))
        {
            if (job.IsFinished)
            {
                observer.Finished(job);
            }
            else
            {
                pending.Add(new Tracked(job, FirstPoll(job, options.InitialDelay, client.Options.Clock())));
            }
        }

        while (pending.Count > 0)
        {
            var now = clock.Elapsed;
            if (options.Timeout is TimeSpan limit && now >= limit)
            {
                pending.ForEach(t => observer.TimedOut(t.Job));
                return;
            }

            var due = pending.Where(t => t.NextPoll <= now).ToList();
            if (due.Count == 0)
            {
                var wake = pending.Min(t => t.NextPoll);
                if (options.Timeout is TimeSpan end && end < wake)
                {
                    wake = end;
                }

                await Task.Delay(Max(wake - now, TimeSpan.FromMilliseconds(1)), cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Each answer is applied as it is read, so that a job that ended is reported while the rest of a
            // large round is still in flight, not when the round's last request returns.
            var answers = new AnswerQueue();
            var round = ReadRoundAsync(due, answers, cancellationToken);
            var ended = new HashSet<Tracked>();
            while (await answers.NextAsync().ConfigureAwait(false) is { } answer)
            {
                if (!Apply(due[answer.Index], answer.Result, options, observer, clock.Elapsed))
                {
                    ended.Add(due[answer.Index]);
                }
            }

            await round.ConfigureAwait(false);
            if (ended.Count > 0)
            {
                pending.RemoveAll(ended.Contains);
            }
        }
    }

    /// <summary>
    /// Reads the jobs of one round, writing each answer to <paramref name="answers"/> as it is read. The queue is
    /// completed at the end, with the round's exception when it failed (cancellation), which the reader then throws.
    /// </summary>
    private async Task ReadRoundAsync(List<Tracked> due, AnswerQueue answers, CancellationToken cancellationToken)
    {
        try
        {
            await client.GetVideosAsync(due.Select(t => new VideoJobRef(t.Job)).ToList(), answers.Post, cancellationToken).ConfigureAwait(false);
            answers.Complete(null);
        }
        catch (Exception ex)
        {
            answers.Complete(ex);
        }
    }

    /// <summary>Records one poll's result; false when the job's wait is over.</summary>
    private static bool Apply(Tracked tracked, VideoJobResult result, WaitOptions options, IVideoWaitObserver observer, TimeSpan now)
    {
        if (result.Job is { } fresh)
        {
            var current = fresh.Over(tracked.Job);
            var previous = tracked.Job;
            tracked.Job = current;
            tracked.Failures = 0;
            if (current.Status != previous.Status || current.Progress != previous.Progress)
            {
                observer.Changed(previous, current);
            }

            if (current.IsFinished)
            {
                observer.Finished(current);
                return false;
            }

            tracked.Schedule(now, options);
            return true;
        }

        var error = result.Error!;
        tracked.Failures++;
        if (IsFinal(error) || tracked.Failures >= options.MaxConsecutiveFailures)
        {
            observer.Abandoned(tracked.Job, error);
            return false;
        }

        observer.PollFailed(tracked.Job, error, tracked.Failures);
        tracked.Schedule(now, options);
        return true;
    }

    /// <summary>Failures that another poll cannot cure: the job is gone, or access is refused.</summary>
    private static bool IsFinal(AkoolException error) => error.Kind is AkoolFailureKind.NotFound
        or AkoolFailureKind.Authentication or AkoolFailureKind.PermissionDenied or AkoolFailureKind.InvalidArgument
        or AkoolFailureKind.QuotaExceeded or AkoolFailureKind.JobFailed;

    /// <summary>
    /// When a job is first polled, from the start of the wait: a job known only by its id has not been seen yet and
    /// is read at once; any other one the first delay after its create, so that jobs piped in straight from their
    /// creates are not held back by the time the creates took. A create time in the future (another clock) counts as now.
    /// The time is rounded down to a tenth of the first delay, so that jobs created within that tenth are due
    /// together and a status call that takes many ids reads them in one request, not one each.
    /// </summary>
    internal static TimeSpan FirstPoll(VideoJob job, TimeSpan initialDelay, DateTimeOffset now)
    {
        if (job.Status == AkoolVideoStatus.Unknown)
        {
            return TimeSpan.Zero;
        }

        var age = job.CreatedAt is DateTimeOffset created && now > created ? now - created : TimeSpan.Zero;
        if (age >= initialDelay)
        {
            return TimeSpan.Zero;
        }

        var granule = initialDelay.Ticks / 10;
        var first = (initialDelay - age).Ticks;
        return TimeSpan.FromTicks(granule > 0 ? first - (first % granule) : first);
    }

    /// <summary>
    /// When a job is polled next: one interval after the poll it was due for (P, 2P, 3P… with a steady interval),
    /// not after the moment the answer came, so that slow rounds do not make the intervals drift longer; a
    /// round that overran the interval polls again at once.
    /// </summary>
    internal static TimeSpan FollowSchedule(TimeSpan due, TimeSpan interval, TimeSpan now) => Max(due + interval, now);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The answers of one round, posted from the threads that read them and taken one at a time by the wait.</summary>
    private sealed class AnswerQueue
    {
        private readonly ConcurrentQueue<(int Index, VideoJobResult Result)> answers = new();
        private readonly SemaphoreSlim available = new(0);
        private Exception? failure;
        private volatile bool completed;

        public void Post(int index, VideoJobResult result)
        {
            answers.Enqueue((index, result));
            available.Release();
        }

        public void Complete(Exception? error)
        {
            failure = error;
            completed = true;
            available.Release();
        }

        /// <summary>The next answer; null once the round is over and every answer taken; the round's exception if it failed.</summary>
        public async Task<(int Index, VideoJobResult Result)?> NextAsync()
        {
            while (true)
            {
                await available.WaitAsync().ConfigureAwait(false);
                if (answers.TryDequeue(out var answer))
                {
                    return answer;
                }

                if (completed)
                {
                    if (failure is not null)
                    {
                        ExceptionDispatchInfo.Capture(failure).Throw();
                    }

                    return null;
                }
            }
        }
    }

    private sealed class Tracked
    {
        public Tracked(VideoJob job, TimeSpan firstPoll)
        {
            Job = job;
            NextPoll = firstPoll;
        }

        public VideoJob Job { get; set; }

        public TimeSpan NextPoll { get; private set; }

        public int Failures { get; set; }

        public void Schedule(TimeSpan now, WaitOptions options)
        {
            NextPoll = FollowSchedule(NextPoll, options.PollInterval, now);
        }
    }
}
