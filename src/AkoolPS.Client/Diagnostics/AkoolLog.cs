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

    /// <summary>False when no one would see verbose lines: the client then does not build them.</summary>
    bool VerboseEnabled { get; }

    /// <summary>False when no one would see debug lines: the client then does not decode and mask bodies for them.</summary>
    bool DebugEnabled { get; }
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

    /// <summary>True when the current flow's sink wants verbose lines; test it before building a costly line.</summary>
    internal static bool VerboseEnabled => CurrentSink.Value is { VerboseEnabled: true };

    /// <summary>True when the current flow's sink wants debug lines; test it before building a costly line.</summary>
    internal static bool DebugEnabled => CurrentSink.Value is { DebugEnabled: true };

    internal static void Verbose(string message)
    {
        if (CurrentSink.Value is { VerboseEnabled: true } sink)
        {
            sink.Verbose(message);
        }
    }

    internal static void Debug(string message)
    {
        if (CurrentSink.Value is { DebugEnabled: true } sink)
        {
            sink.Debug(message);
        }
    }

    private sealed class Restore : IDisposable
    {
        private readonly IAkoolLogSink? previous;

        public Restore(IAkoolLogSink? previous) => this.previous = previous;

        public void Dispose() => CurrentSink.Value = previous;
    }
}
