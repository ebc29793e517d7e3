namespace AkoolPS.Simulator.Tests;

/// <summary>
/// One simulator for all tests of a class (xunit runs them one at a time), reset before each test.
/// A new server costs about 65 ms on its first request (minimal-API delegates are compiled per app),
/// which adds up over dozens of theory cases.
/// </summary>
public sealed class SharedSimulator : IAsyncLifetime
{
    private TestSimulator? _simulator;

    /// <summary>The shared simulator, back in its start-up state.</summary>
    internal TestSimulator Fresh()
    {
        var simulator = _simulator ?? throw new InvalidOperationException("Not started.");
        simulator.State.Reset();
        return simulator;
    }

    public async Task InitializeAsync() => _simulator = await TestSimulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
