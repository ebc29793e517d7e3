using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace AkoolPS.Sessions;

/// <summary>
/// The current session of each runspace. Parallel runspaces (ForEach-Object -Parallel, runspace
/// pools) start without one and never see another runspace's, so one runbook cannot act with
/// another's credentials by accident; they take <c>-Session</c> instead.
/// </summary>
internal static class SessionStore
{
    private static readonly ConditionalWeakTable<Runspace, Holder> Sessions = new();

    /// <summary>The current session of the runspace running on this thread, or null.</summary>
    public static AkoolSession? Current
    {
        get => Runspace.DefaultRunspace is { } runspace && Sessions.TryGetValue(runspace, out var holder) ? holder.Session : null;
        set
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace is not null)
            {
                Sessions.GetOrCreateValue(runspace).Session = value;
            }
        }
    }

    private sealed class Holder
    {
        public AkoolSession? Session { get; set; }
    }
}
