using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AkoolPS.Commands;

namespace AkoolPS.Tests.Support;

/// <summary>A runspace in this process with the module's cmdlets imported, for testing cmdlets as PowerShell runs them.</summary>
internal sealed class ModuleRunspace : IDisposable
{
    private readonly Runspace runspace;

    public ModuleRunspace()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(typeof(ConnectAkoolCommand).Assembly.Location);
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
    }

    public Runspace Runspace => runspace;

    /// <summary>Runs a script; its output, errors and verbose lines are returned, a terminating error is thrown.</summary>
    public Result Invoke(string script, IDictionary<string, object?>? variables = null)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        foreach (var pair in variables ?? new Dictionary<string, object?>())
        {
            runspace.SessionStateProxy.SetVariable(pair.Key, pair.Value);
        }

        shell.AddScript(script);
        var output = shell.Invoke();
        return new Result(output, shell.Streams.Error.ToList(), shell.Streams.Verbose.Select(v => v.Message).ToList());
    }

    public void Dispose() => runspace.Dispose();

    internal sealed record Result(Collection<PSObject> Output, List<ErrorRecord> Errors, List<string> Verbose)
    {
        public IEnumerable<T> Objects<T>() => Output.Select(o => o.BaseObject).OfType<T>();
    }
}
