using System.Runtime.InteropServices;
using AkoolPS.Simulator;

// The process form: the same server as SimulatorServer.StartAsync, plus one line on stdout once it has bound,
// and a clean exit on Ctrl+C, SIGTERM or the end of --parent-pid.
SimulatorServer server;
CommandLine commandLine;
try
{
    commandLine = CommandLine.Parse(args);
    server = await SimulatorServer.StartAsync(commandLine.Options);
}
catch (Exception invalid) when (invalid is FormatException or ArgumentException)
{
    await Console.Error.WriteLineAsync($"{invalid.Message}\n{CommandLine.Usage}");
    return 2;
}

await using (server)
{
    await Console.Out.WriteLineAsync($"AkoolPS.Simulator listening on {server.BaseUri.GetLeftPart(UriPartial.Authority)}");
    await Console.Out.FlushAsync();

    using var stop = new CancellationTokenSource();
    void Stop(PosixSignalContext signal)
    {
        // Handled here: the server is disposed in order and the exit code is 0, not the signal's.
        signal.Cancel = true;
        stop.Cancel();
    }

    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);
    var watcher = commandLine.ParentPid is int parentPid
        ? ParentProcessWatcher.WatchAsync(parentPid, stop.Cancel, stop.Token)
        : Task.CompletedTask;

    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        // Asked to stop.
    }

    await watcher;
}

return 0;
