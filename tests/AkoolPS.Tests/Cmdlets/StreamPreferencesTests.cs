using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AkoolPS.Base;
using Xunit;

namespace AkoolPS.Tests.Cmdlets;

/// <summary>
/// <see cref="StreamPreferences"/> reads non-public members of PowerShell's command runtime. These tests run it
/// inside the PowerShell the tests are built against, so that a PowerShell that renames or drops those members
/// fails here, by name, instead of quietly building every log line again.
/// </summary>
public sealed class StreamPreferencesTests : IDisposable
{
    private readonly Runspace runspace;

    public StreamPreferencesTests()
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Test-StreamPreference", typeof(TestStreamPreferenceCommand), null));
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
    }

    public void Dispose() => runspace.Dispose();

    [Theory]
    [InlineData("VerbosePreference")]
    [InlineData("DebugPreference")]
    public void TheRuntimeOfACmdletHasThePreferenceItReads(string name)
    {
        var runtimeType = Invoke("Test-StreamPreference -RuntimeType").Single().BaseObject as Type;

        Assert.NotNull(runtimeType);
        var property = StreamPreferences.Property(runtimeType!, name);
        Assert.True(property is not null, $"PowerShell's {runtimeType!.FullName} no longer has a {name} property: StreamPreferences must be changed for this PowerShell.");
        Assert.Equal(typeof(ActionPreference), property!.PropertyType);
    }

    [Theory]
    [InlineData("Test-StreamPreference", false, false)]
    [InlineData("Test-StreamPreference -Verbose", true, false)]
    [InlineData("Test-StreamPreference -Debug", true, true)]
    [InlineData("$VerbosePreference = 'Continue'; Test-StreamPreference", true, false)]
    [InlineData("$DebugPreference = 'Continue'; Test-StreamPreference", false, true)]
    [InlineData("function f { $VerbosePreference = 'Continue'; Test-StreamPreference }; f", true, false)]
    [InlineData("$VerbosePreference = 'Continue'; Test-StreamPreference -Verbose:$false", false, false)]
    public void WhatPowerShellWouldShowIsWhatItReads(string script, bool verbose, bool debug)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        var read = shell.AddScript(script).Invoke().Single().BaseObject as bool[];

        // The cmdlet also wrote one verbose and one debug line: PowerShell kept them exactly when it shows them.
        Assert.Equal(new[] { verbose, debug }, new[] { shell.Streams.Verbose.Count > 0, shell.Streams.Debug.Count > 0 });
        Assert.Equal(new[] { verbose, debug }, read);
    }

    [Fact]
    public void ARuntimeWithoutThePreferencesShowsEverything()
    {
        Assert.True(StreamPreferences.ShowsVerbose(null));
        Assert.True(StreamPreferences.ShowsDebug(null));
    }

    private List<PSObject> Invoke(string script)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        var output = shell.AddScript(script).Invoke().ToList();
        Assert.Empty(shell.Streams.Error);
        return output;
    }

    /// <summary>Writes what <see cref="StreamPreferences"/> reads from its own runtime, or the runtime's type.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "StreamPreference")]
    public sealed class TestStreamPreferenceCommand : PSCmdlet
    {
        [Parameter]
        public SwitchParameter RuntimeType { get; set; }

        protected override void EndProcessing()
        {
            if (RuntimeType)
            {
                WriteObject(CommandRuntime.GetType());
                return;
            }

            WriteObject(new[] { StreamPreferences.ShowsVerbose(CommandRuntime), StreamPreferences.ShowsDebug(CommandRuntime) });
            WriteVerbose("verbose");
            WriteDebug("debug");
        }
    }
}
