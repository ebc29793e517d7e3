using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Simulator;
using Xunit;

namespace AkoolPS.Tests.Support;

/// <summary>
/// The client against a simulator of its own, started for each test: jobs end at once unless a test's
/// options say otherwise, retries are quick, and time-outs are generous for a busy machine.
/// </summary>
public abstract class SimulatorClientTestBase : IAsyncLifetime
{
    protected SimulatorServer sim = null!;
    protected AkoolClient client = null!;

    /// <summary>The simulator's options; jobs end at once by default.</summary>
    protected virtual SimulatorOptions Options => new() { JobDurationMs = 0 };

    public async Task InitializeAsync()
    {
        sim = await SimulatorServer.StartAsync(Options);
        client = new AkoolClient(new AkoolClientOptions
        {
            BaseUri = sim.BaseUri,
            Credential = new AkoolApiKeyCredential(TestClients.Secure(SimulatorOptions.DefaultApiKey)),
            RetryDelay = TimeSpan.FromMilliseconds(10),
            RequestTimeout = TimeSpan.FromSeconds(30),
        });
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await sim.DisposeAsync();
    }
}
