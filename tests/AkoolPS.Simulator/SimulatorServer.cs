using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AkoolPS.Simulator;

/// <summary>
/// A running simulator on a free local port, for tests in any project:
/// <c>await using var sim = await SimulatorServer.StartAsync();</c> then call <see cref="BaseUri"/>.
/// The process form (Program.cs) runs exactly this.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;

    private SimulatorServer(WebApplication app, SimulatorState state, Uri baseUri)
    {
        _app = app;
        State = state;
        BaseUri = baseUri;
    }

    /// <summary>Where the simulator listens, with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    public SimulatorState State { get; }

    public static async Task<SimulatorServer> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var state = new SimulatorState(options ?? new SimulatorOptions());
        var app = SimulatorApp.Build(state);
        try
        {
            await app.StartAsync(cancellationToken);
            return new SimulatorServer(app, state, ListeningUri(app));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Bounded: a test that left a download hanging must not hold up the rest of the run.
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }

    // With port 0 only the server knows the real port once it has bound.
    private static Uri ListeningUri(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The simulator did not report a listening address.");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
