using System.Collections.Concurrent;
using System.Net;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Client.Polling;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

public sealed class PollerTests
{
    // The module's own shape of wait (WaitParameters builds the same), at a test's pace.
    private static readonly WaitOptions Fast = WaitOptions.Steady(TimeSpan.FromMilliseconds(5));

    [Fact]
    public async Task EachJobIsReportedTheMomentItEnds()
    {
        // "fast" completes on its 2nd poll, "slow" on its 6th, "bad" fails on its 3rd.
        var script = new JobScript().Add("fast", 2, 3).Add("slow", 6, 3).Add("bad", 3, 4);
        using var client = TestClients.WithFake(script.Handler);
        var observer = new RecordingObserver();

        await new VideoJobPoller(client).WaitAsync(Queued("fast", "slow", "bad"), Fast, observer, default);

        Assert.Equal(new[] { "fast", "bad", "slow" }, observer.Finished.Select(j => j.Id));
        Assert.Equal(AkoolVideoStatus.Failed, observer.Finished[1].Status);
        Assert.Equal(AkoolVideoStatus.Completed, observer.Finished[2].Status);
        Assert.Equal("ja", observer.Finished[2].Language);
        Assert.Equal(2, script.Polls("fast"));
        Assert.Equal(6, script.Polls("slow"));
        Assert.Contains(observer.Changes, c => c.Id == "slow" && c.Status == AkoolVideoStatus.Processing);
    }

    [Fact]
    public async Task AJobIsReportedAsItsAnswerArrivesNotWhenTheWholeRoundIsIn()
    {
        // One round reads both; "slow"'s answer is held until "quick" has been reported, which could not
        // happen if the wait applied a round's answers only when its last request returned.
        var quickReported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new FakeHandler().Always(async (request, token) =>
        {
            var id = request.RequestUri!.Query.Split('=')[1];
            if (id == "slow")
            {
                await quickReported.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
            }

            return FakeHandler.Json(TestClients.Job(id, 3));
        });
        using var client = TestClients.WithFake(handler);
        var observer = new RecordingObserver { OnFinished = job => { if (job.Id == "quick") { quickReported.TrySetResult(); } } };

        await new VideoJobPoller(client).WaitAsync(Queued("quick", "slow"), Fast, observer, default);

        Assert.Equal(new[] { "quick", "slow" }, observer.Finished.Select(j => j.Id));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(200, 200, 350, 400)]   // the answer came 150 ms after the poll: the next is still one interval after the last due time
    [InlineData(200, 200, 399, 400)]
    [InlineData(200, 200, 700, 700)]   // the round overran the interval: poll again at once, do not skip ahead
    [InlineData(0, 5000, 20, 5000)]
    public void PollsFollowTheirScheduleNotTheMomentEachAnswerCame(int dueMs, int intervalMs, int nowMs, int nextMs)
    {
        var next = VideoJobPoller.FollowSchedule(TimeSpan.FromMilliseconds(dueMs), TimeSpan.FromMilliseconds(intervalMs), TimeSpan.FromMilliseconds(nowMs));

        Assert.Equal(TimeSpan.FromMilliseconds(nextMs), next);
    }

    [Theory]
    [InlineData(0, 5000)]         // created just now: one interval
    [InlineData(2000, 3000)]      // the creates took 2 s before the wait began: one interval after its own create
    [InlineData(2300, 2500)]      // ... rounded down to a tenth of the interval, so that jobs made close together are read together
    [InlineData(2499, 2500)]
    [InlineData(9000, 0)]         // older than an interval: at once
    [InlineData(-60000, 5000)]    // a create time ahead of this clock: as if created now, never later
    public void AJobIsFirstPolledOneIntervalAfterItsCreateNotAfterTheWaitBegan(int ageMs, int firstMs)
    {
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        var job = new VideoJob { Id = "j", Kind = AkoolVideoKind.Translation, Status = AkoolVideoStatus.Queued, CreatedAt = now.AddMilliseconds(-ageMs) };

        Assert.Equal(TimeSpan.FromMilliseconds(firstMs), VideoJobPoller.FirstPoll(job, TimeSpan.FromSeconds(5), now));
        Assert.Equal(TimeSpan.Zero, VideoJobPoller.FirstPoll(job with { Status = AkoolVideoStatus.Unknown }, TimeSpan.FromSeconds(5), now));
        Assert.Equal(TimeSpan.FromSeconds(5), VideoJobPoller.FirstPoll(job with { CreatedAt = null }, TimeSpan.FromSeconds(5), now));
    }

    [Fact]
    public async Task FinishedJobsAreReportedWithoutARequest()
    {
        var script = new JobScript();
        using var client = TestClients.WithFake(script.Handler);
        var observer = new RecordingObserver();
        var done = new VideoJob { Id = "done", Kind = AkoolVideoKind.Translation, Status = AkoolVideoStatus.Completed };

        await new VideoJobPoller(client).WaitAsync(new[] { done }, Fast, observer, default);

        Assert.Same(done, Assert.Single(observer.Finished));
        Assert.Empty(script.Handler.Requests);
    }

    [Fact]
    public async Task TheTimeOutEndsTheWaitWithTheLastStateOfEachUnfinishedJob()
    {
        var script = new JobScript().Add("quick", 1, 3).Add("never", int.MaxValue, 3);
        using var client = TestClients.WithFake(script.Handler);
        var observer = new RecordingObserver();
        var options = WaitOptions.Steady(Fast.PollInterval, TimeSpan.FromSeconds(2));

        await new VideoJobPoller(client).WaitAsync(Queued("quick", "never"), options, observer, default);

        Assert.Equal("quick", Assert.Single(observer.Finished).Id);
        var late = Assert.Single(observer.TimedOut);
        Assert.Equal("never", late.Id);
        Assert.Equal(AkoolVideoStatus.Processing, late.Status);
        Assert.Equal("ja", late.Language);
    }

    [Fact]
    public async Task AJobAkoolNoLongerKnowsEndsItsWaitAtOnce()
    {
        var handler = new FakeHandler().Always((_, _) => Task.FromResult(FakeHandler.Json("""{"code":1008,"msg":"The content you get does not exist"}""")));
        using var client = TestClients.WithFake(handler);
        var observer = new RecordingObserver();

        await new VideoJobPoller(client).WaitAsync(Queued("gone"), Fast, observer, default);

        var (job, error) = Assert.Single(observer.Abandoned);
        Assert.Equal("gone", job.Id);
        Assert.Equal(1008, Assert.IsType<AkoolApiException>(error).Code);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task APollThatKeepsFailingIsGivenUpAfterTheLimit()
    {
        var handler = new FakeHandler().Always((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("gateway") }));
        using var client = TestClients.WithFake(handler, maxRetry: 0);
        var observer = new RecordingObserver();
        var options = new WaitOptions { InitialDelay = Fast.InitialDelay, PollInterval = Fast.PollInterval, MaxConsecutiveFailures = 3 }; // the module gives up after its default of 5

        await new VideoJobPoller(client).WaitAsync(Queued("flaky"), options, observer, default);

        Assert.Equal(2, observer.PollFailures);
        var (_, error) = Assert.Single(observer.Abandoned);
        Assert.Equal("Akool.Http502", error.ErrorId);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task CancellationStopsTheWait()
    {
        var script = new JobScript().Add("never", int.MaxValue, 3);
        using var client = TestClients.WithFake(script.Handler);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new VideoJobPoller(client).WaitAsync(Queued("never"), Fast, new RecordingObserver(), cancel.Token));
    }

    [Fact]
    public async Task ANonPositiveTimeoutIsRefused()
    {
        using var client = TestClients.WithFake(new FakeHandler());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => new VideoJobPoller(client).WaitAsync(Queued("x"), new WaitOptions { Timeout = TimeSpan.Zero }, new RecordingObserver(), default));
    }

    private static VideoJob[] Queued(params string[] ids) =>
        ids.Select(id => new VideoJob { Id = id, Kind = AkoolVideoKind.Translation, Status = AkoolVideoStatus.Queued, Language = "ja" }).ToArray();

    /// <summary>Jobs that end with a given status after a given number of polls.</summary>
    private sealed class JobScript
    {
        private readonly ConcurrentDictionary<string, (int EndsAt, int FinalStatus)> jobs = new();
        private readonly ConcurrentDictionary<string, int> polls = new();

        public JobScript() => Handler = new FakeHandler().Always((request, _) =>
        {
            var id = request.RequestUri!.Query.Split('=')[1];
            var count = polls.AddOrUpdate(id, 1, (_, n) => n + 1);
            var (endsAt, final) = jobs[id];
            var status = count >= endsAt ? final : 2;
            var extra = status == 4 ? ",\"error_code\":1205,\"error_reason\":\"Create video error\"" : ",\"progress\":" + Math.Min(99, count * 10);
            return Task.FromResult(FakeHandler.Json(TestClients.Job(id, status, extra)));
        });

        public FakeHandler Handler { get; }

        public JobScript Add(string id, int endsAt, int finalStatus)
        {
            jobs[id] = (endsAt, finalStatus);
            return this;
        }

        public int Polls(string id) => polls.TryGetValue(id, out var n) ? n : 0;
    }

    private sealed class RecordingObserver : IVideoWaitObserver
    {
        public List<VideoJob> Finished { get; } = new();

        public List<VideoJob> Changes { get; } = new();

        public List<VideoJob> TimedOut { get; } = new();

        public List<(VideoJob, AkoolException)> Abandoned { get; } = new();

        public int PollFailures { get; private set; }

        public void Changed(VideoJob previous, VideoJob current) => Changes.Add(current);

        public Action<VideoJob>? OnFinished { get; init; }

        void IVideoWaitObserver.Finished(VideoJob job)
        {
            Finished.Add(job);
            OnFinished?.Invoke(job);
        }

        void IVideoWaitObserver.TimedOut(VideoJob lastState) => TimedOut.Add(lastState);

        void IVideoWaitObserver.Abandoned(VideoJob lastState, AkoolException error) => Abandoned.Add((lastState, error));

        public void PollFailed(VideoJob lastState, AkoolException error, int consecutiveFailures) => PollFailures++;
    }
}
