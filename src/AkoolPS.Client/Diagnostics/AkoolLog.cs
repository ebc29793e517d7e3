using System;
using System.Threading;

namespace AkoolPS.Client.Diagnostics;

/// <summary>Where the client's log lines go. The PowerShell layer writes them to its streams.</summary>
public interface IAkoolLogSink
{
    /// <summary>One line for -Verbose: what was sent and how it went.</summary>
    void Verbose(string message);

    /// <summary>One line for -Debug: detail such as bodies, secrets masked.</summary>
    void Debug(string message);
}

/// <summary>
/// The log sink of the current asynchronous flow. A cmdlet sets it around its work, so every request
/// that work makes, on whatever thread, reports to that cmdlet and to no other (parallel runspaces
/// sharing one session each see their own lines).
/// </summary>
public static class AkoolLog
{
    private static readonly AsyncLocal<IAkoolLogSink?> CurrentSink = new();

    /// <summary>Sends the lines of the current flow to <paramref name="sink"/> until the result is disposed.</summary>
    public static IDisposable Use(IAkoolLogSink sink)
    {
        var previous = CurrentSink.Value;
        CurrentSink.Value = sink;
        return new Restore(previous);
    }

    internal static bool DebugEnabled => CurrentSink.Value is not null;

    internal static void Verbose(string message) => CurrentSink.Value?.Verbose(message);

    internal static void Debug(string message) => CurrentSink.Value?.Debug(message);

    private sealed class Restore : IDisposable
    {
        private readonly IAkoolLogSink? previous;

        public Restore(IAkoolLogSink? previous) => this.previous = previous;

        public void Dispose() => CurrentSink.Value = previous;
    }
}
