using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Reflection;

namespace AkoolPS.Base;

/// <summary>
/// Whether a command's verbose or debug stream would be shown, so that the client builds its log lines
/// only then. PowerShell decides this in the command runtime from -Verbose/-Debug and the preference
/// variables as the caller's scope sees them (a function's own <c>$VerbosePreference</c> included); no
/// public API exposes that, and <c>GetVariableValue</c> reads the module's scope instead. The runtime's
/// own VerbosePreference and DebugPreference, present in Windows PowerShell 5.1 and PowerShell 7, are
/// read instead. Where a runtime has none (a test double), the lines are built, as before this check existed.
/// Verbose lines are written only when the preference is Continue: under -Debug alone PowerShell reports
/// the verbose preference as Inquire, which would stop at a prompt for every request line.
/// </summary>
internal static class StreamPreferences
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static bool ShowsVerbose(ICommandRuntime? runtime) =>
        Read(runtime, "VerbosePreference") is not { } preference || preference == ActionPreference.Continue;

    /// <summary>Continue, or Inquire, which is what -Debug sets in Windows PowerShell 5.1.</summary>
    public static bool ShowsDebug(ICommandRuntime? runtime) =>
        Read(runtime, "DebugPreference") is not { } preference || preference is ActionPreference.Continue or ActionPreference.Inquire;

    private static ActionPreference? Read(ICommandRuntime? runtime, string name)
    {
        if (runtime is null)
        {
            return null;
        }

        return Property(runtime.GetType(), name)?.GetValue(runtime) as ActionPreference?;
    }

    /// <summary>The preference property of a runtime type, or null; tests/AkoolPS.Tests checks PowerShell still has it.</summary>
    internal static PropertyInfo? Property(Type runtimeType, string name) =>
        Properties.GetOrAdd((runtimeType, name), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic));
}
