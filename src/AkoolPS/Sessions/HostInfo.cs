using System;
using System.Linq;
using System.Management.Automation.Host;

namespace AkoolPS.Sessions;

/// <summary>
/// Whether someone is watching. Progress bars help at a prompt; in a runbook, a CI job or any
/// -NonInteractive pwsh with its output redirected they only fill the job's streams (and can slow or
/// hang the host), so there the module writes status changes to the information stream instead.
/// </summary>
internal static class HostInfo
{
    private static readonly Lazy<bool> ProcessIsInteractive = new(() =>
    {
        if (!Environment.UserInteractive || Environment.GetCommandLineArgs().Skip(1).Any(IsNonInteractiveSwitch))
        {
            return false;
        }

        try
        {
            return !Console.IsOutputRedirected;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    });

    /// <summary>True when progress bars are worth drawing for this host.</summary>
    public static bool IsInteractive(PSHost? host) =>
        ProcessIsInteractive.Value && host?.UI?.RawUI is not null && host.Name != "Default Host";

    // pwsh takes any unambiguous prefix of -NonInteractive, from -noni on, with one dash or two.
    private static bool IsNonInteractiveSwitch(string argument)
    {
        var name = argument.TrimStart('-', '/');
        return argument.Length > name.Length && name.Length >= 4 &&
               "noninteractive".StartsWith(name, StringComparison.OrdinalIgnoreCase);
    }
}
