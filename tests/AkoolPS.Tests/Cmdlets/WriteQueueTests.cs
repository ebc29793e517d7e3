using AkoolPS.Base;
using Xunit;

namespace AkoolPS.Tests.Cmdlets;

/// <summary>The queue through which work off the pipeline thread hands its writes to that thread.</summary>
public sealed class WriteQueueTests
{
    [Fact]
    public void WritesComeOutInOrderThenTheEnd()
    {
        var queue = new WriteQueue();
        var seen = new List<int>();
        queue.Add(() => seen.Add(1));
        queue.Add(() => seen.Add(2));
        queue.Complete();

        while (queue.Take() is { } write)
        {
            write();
        }

        Assert.Equal(new[] { 1, 2 }, seen);
    }

    [Fact]
    public void AWriteAfterTheEndIsDropped()
    {
        var queue = new WriteQueue();
        queue.Complete();

        queue.Add(() => throw new InvalidOperationException("must not run"));

        Assert.Null(queue.Take());
    }

    [Fact]
    public async Task TakeWaitsForWorkOnAnotherThread()
    {
        var queue = new WriteQueue();
        var taken = Task.Run(() => queue.Take());

        await Task.Delay(50);
        Assert.False(taken.IsCompleted);
        var write = () => { };
        queue.Add(write);

        Assert.Same(write, await taken.WaitAsync(TimeSpan.FromSeconds(10)));
        queue.Complete();
        Assert.Null(await Task.Run(() => queue.Take()).WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
