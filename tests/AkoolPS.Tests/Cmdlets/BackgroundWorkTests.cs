using System.Diagnostics;
using AkoolPS.Base;
using Xunit;

namespace AkoolPS.Tests.Cmdlets;

/// <summary>Bounded work a cmdlet leaves running between records (piped creates, downloads).</summary>
public sealed class BackgroundWorkTests
{
    [Fact]
    public void WritesComeOutOnThePumpingThreadOnceTheWorkEnds()
    {
        var work = new BackgroundWork();
        var pump = Environment.CurrentManagedThreadId;
        var seen = new List<int>();

        work.Start(async () =>
        {
            await Task.Delay(20);
            work.Add(() => seen.Add(Environment.CurrentManagedThreadId));
        });
        work.Pump(running => running > 0, CancellationToken.None);

        Assert.Equal(new[] { pump }, seen);
        Assert.Equal(0, work.Running);
    }

    [Fact]
    public void AfterAStopCancelledWorkIsGivenTimeToCleanUp()
    {
        var work = new BackgroundWork();
        using var stop = new CancellationTokenSource();
        var cleaned = false;
        work.Start(async () =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                await Task.Delay(50);
                cleaned = true;
            }
        });

        stop.Cancel();
        work.WaitForEnd(TimeSpan.FromSeconds(10));

        Assert.True(cleaned);
        Assert.Equal(0, work.Running);
    }

    [Fact]
    public void WaitingForStoppedWorkEndsWhenPatienceRunsOut()
    {
        var work = new BackgroundWork();
        using var release = new ManualResetEventSlim();
        work.Start(() => Task.Run(release.Wait));

        var clock = Stopwatch.StartNew();
        work.WaitForEnd(TimeSpan.FromMilliseconds(100));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(90), TimeSpan.FromSeconds(5));
        Assert.Equal(1, work.Running);
        release.Set();
    }
}
