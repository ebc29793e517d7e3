using Microsoft.Extensions.Hosting;

namespace AkoolPS.Simulator;

/// <summary>
/// Replaces the console lifetime, which would hook Ctrl+C and SIGTERM for every in-process server and
/// keep a test host alive after it was told to stop. The process form handles signals itself (Program.cs).
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
