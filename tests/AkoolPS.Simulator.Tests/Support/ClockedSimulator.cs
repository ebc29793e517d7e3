namespace AkoolPS.Simulator.Tests;

/// <summary>
/// Like <see cref="SharedSimulator"/>, but on a manual clock and with a webhook receiver: one server and one
/// receiver for all tests of a class, both back to their start-up state before each test. The clock only
/// moves forward, which is all the tests need (each measures from its own jobs' creation).
/// </summary>
public sealed class ClockedSimulator : IAsyncLifetime
{
    public const int JobDurationMs = 3000;

    private TestSimulator? _simulator;
    private WebhookReceiver? _receiver;

    internal ManualClock Clock { get; } = new();

    internal WebhookReceiver Receiver => _receiver ?? throw new InvalidOperationException("Not started.");

    /// <summary>The shared simulator, reset (jobs, webhooks, config), with an empty receiver answering 200.</summary>
    internal TestSimulator Fresh()
    {
        var simulator = _simulator ?? throw new InvalidOperationException("Not started.");
        simulator.State.Reset();
        Receiver.Reset();
        return simulator;
    }

    public async Task InitializeAsync()
    {
        _simulator = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = Clock, JobDurationMs = JobDurationMs });
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
