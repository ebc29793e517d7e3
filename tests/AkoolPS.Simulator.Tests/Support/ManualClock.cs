namespace AkoolPS.Simulator.Tests;

/// <summary>A clock that moves only when told: job progress and token expiry become exact, with no sleeping.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly DateTimeOffset _start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private long _elapsedTicks;

    public override DateTimeOffset GetUtcNow() => _start + TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _elapsedTicks, by.Ticks);

    public void AdvanceMs(long milliseconds) => Advance(TimeSpan.FromMilliseconds(milliseconds));
}
