using System.Diagnostics;
using System.Management.Automation;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Cmdlets;

/// <summary>The cmdlets in a hosted runspace against the in-process simulator.</summary>
public sealed class HostedCmdletTests : IAsyncLifetime
{
    private SimulatorServer sim = null!;
    private ModuleRunspace shell = null!;

    public async Task InitializeAsync()
    {
        sim = await SimulatorServer.StartAsync(new SimulatorOptions { JobDurationMs = 400 });
        shell = new ModuleRunspace();
        shell.Invoke(
            "Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $uri -RetryDelay 0.01",
            new Dictionary<string, object?> { ["key"] = SimulatorOptions.DefaultApiKey, ["uri"] = sim.BaseUri });
    }

    public async Task DisposeAsync()
    {
        shell.Dispose();
        await sim.DisposeAsync();
    }

    [Fact]
    public void LanguagesAreTypedObjects()
    {
        var result = shell.Invoke("Get-AkoolLanguage -Code ja, FR");

        var languages = result.Objects<AkoolLanguage>().ToList();
        Assert.Equal(new[] { "ja", "fr" }, languages.Select(l => l.Code));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void AnUnknownLanguageCodeIsANonTerminatingError()
    {
        var result = shell.Invoke("Get-AkoolLanguage -Code ja, nope");

        Assert.Single(result.Objects<AkoolLanguage>());
        Assert.Equal("Akool.LanguageNotFound,AkoolPS.Commands.GetAkoolLanguageCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void NameTakesCaseInsensitiveWildcardsAgainstTheNameOrTheCode()
    {
        var result = shell.Invoke("Get-AkoolLanguage -Name 'JAPAN*', 'fr?n*', 'nothing-like-this'");

        Assert.Equal(new[] { "ja", "fr" }, result.Objects<AkoolLanguage>().Select(l => l.Code));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void ThePipelineSavesEveryLanguage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "akoolps-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = shell.Invoke(
                "$VerbosePreference = 'Continue'; New-AkoolTranslation -Url https://example.com/talk.mp4 -Language ja, fr | Wait-AkoolVideo -PollInterval 0.05 | Save-AkoolVideo -Path $folder -IncludeSubtitles",
                new Dictionary<string, object?> { ["folder"] = folder });

            Assert.Empty(result.Errors);
            var files = result.Objects<FileInfo>().Select(f => f.Name).OrderBy(n => n).ToList();
            Assert.Equal(new[] { "talk.fr.mp4", "talk.fr.original.srt", "talk.fr.translated.srt", "talk.ja.mp4", "talk.ja.original.srt", "talk.ja.translated.srt" }, files);
            Assert.Equal(SimulatorOptions.DefaultResultSizeBytes, new FileInfo(Path.Combine(folder, "talk.ja.mp4")).Length);
            Assert.Contains(result.Verbose, line => line.Contains("createbytranslate") && line.Contains("HTTP 200"));
            Assert.Contains(result.Verbose, line => line.Contains("Queued -> Processing") || line.Contains("-> Completed"));
            Assert.Single(sim.State.GetJournal("/api/open/v3/content/video/createbytranslate"));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void WhatIfSendsNoCreate()
    {
        sim.State.ClearJournal();

        var result = shell.Invoke("New-AkoolTranslation -Url https://example.com/talk.mp4 -Language ja -WhatIf");

        Assert.Empty(result.Output);
        Assert.Empty(sim.State.GetJournal());
    }

    /// <summary>Starts a command, lets it get going, presses "Ctrl+C" and returns how long stopping took.</summary>
    private TimeSpan StopAfter(Action<PowerShell> command)
    {
        using var running = PowerShell.Create();
        running.Runspace = shell.Runspace;
        command(running);
        var handle = running.BeginInvoke();
        Thread.Sleep(500);
        Assert.Equal(PSInvocationState.Running, running.InvocationStateInfo.State);
        var clock = Stopwatch.StartNew();
        running.Stop();
        Assert.True(handle.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(10)));
        Assert.Equal(PSInvocationState.Stopped, running.InvocationStateInfo.State);
        return clock.Elapsed;
    }

    [Fact]
    public void StoppingAWaitEndsItAtOnceAndLeavesTheSessionUsable()
    {
        sim.State.UpdateConfig(config => config with { JobDurationMs = 600_000 });
        var job = shell.Invoke("New-AkoolTranslation -Url https://example.com/long.mp4 -Language ja").Output.Single();

        using (var waiting = PowerShell.Create())
        {
            waiting.Runspace = shell.Runspace;
            waiting.AddCommand("Wait-AkoolVideo").AddParameter("InputObject", job).AddParameter("PollInterval", 0.05);
            var running = waiting.BeginInvoke();
            Thread.Sleep(300);
            var clock = Stopwatch.StartNew();
            waiting.Stop();
            Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(5)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Stopping took {clock.Elapsed}.");
            Assert.Equal(PSInvocationState.Stopped, waiting.InvocationStateInfo.State);
        }

        var again = shell.Invoke("Get-AkoolVideo -InputObject $job", new Dictionary<string, object?> { ["job"] = job });
        Assert.Empty(again.Errors);
        Assert.Single(again.Objects<AkoolVideo>());
    }

    [Fact]
    public void StoppingADownloadEndsItAtOnceAndLeavesNoFile()
    {
        sim.State.UpdateConfig(config => config with { JobDurationMs = 600_000 });
        var job = shell.Invoke("New-AkoolTranslation -Url https://example.com/slow.mp4 -Language ja").Objects<AkoolVideo>().Single();
        sim.State.ChangeJob(job.Id, new JobChange { Complete = true });
        var done = shell.Invoke("Get-AkoolVideo -InputObject $job", new Dictionary<string, object?> { ["job"] = job }).Output.Single();
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Delay, DelayMs = 30_000, Phase = FaultPhase.After });
        var folder = Path.Combine(Path.GetTempPath(), "akoolps-" + Guid.NewGuid().ToString("N"));

        var elapsed = StopAfter(shell => shell.AddCommand("Save-AkoolVideo").AddParameter("InputObject", done).AddParameter("Path", folder));

        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"Stopping took {elapsed}.");
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : Array.Empty<string>());
        sim.State.ClearFaults();
        Assert.Empty(shell.Invoke("Get-AkoolLanguage -Code ja").Errors);
    }

    [Fact]
    public void StoppingASlowRequestEndsItAtOnce()
    {
        sim.State.AddFault(new FaultRule { Path = "/api/open/v3/language/list", Kind = FaultKind.Delay, DelayMs = 30_000 });

        var elapsed = StopAfter(shell => shell.AddCommand("Get-AkoolLanguage").AddParameter("Refresh"));

        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"Stopping took {elapsed}.");
        sim.State.ClearFaults();
        Assert.NotEmpty(shell.Invoke("Get-AkoolLanguage -Refresh").Objects<AkoolLanguage>());
    }

    [Fact]
    public void AnotherRunspaceHasNoCurrentSession()
    {
        using var other = new ModuleRunspace();

        var result = other.Invoke("Get-AkoolLanguage");

        Assert.Empty(result.Output);
        Assert.Equal("Akool.NotConnected,AkoolPS.Commands.GetAkoolLanguageCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void ASessionPassedToAnotherRunspaceWorksThere()
    {
        var session = shell.Invoke("Get-AkoolSession").Output.Single();
        using var other = new ModuleRunspace();

        var result = other.Invoke("Get-AkoolLanguage -Code ja -Session $s", new Dictionary<string, object?> { ["s"] = session });

        Assert.Single(result.Objects<AkoolLanguage>());
    }
}
