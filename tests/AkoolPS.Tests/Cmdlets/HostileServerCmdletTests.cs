using System.Diagnostics;
using System.Management.Automation;
using System.Text.RegularExpressions;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace AkoolPS.Tests.Cmdlets;

/// <summary>
/// The cmdlets against a hostile or broken server (issue 10), as a user meets them: error records
/// with Akool.* ids in plain words, a proxy password never shown, no credentials over plain http to
/// another machine unless asked, and a session closed under a running command.
/// </summary>
public sealed class HostileServerCmdletTests : IAsyncLifetime
{
    private static readonly Regex DotNetInternals = new(
        @"System\.|Exception|\.cs:line|\bat [A-Z]\w*\.\w+|JsonElement|JsonValueKind|Int32|Int64|Nullable|`1", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;
    private SimulatorServer sim = null!;
    private ModuleRunspace shell = null!;

    public HostileServerCmdletTests(ITestOutputHelper output) => this.output = output;

    private Dictionary<string, object?> Vars => new()
    {
        ["key"] = SimulatorOptions.DefaultApiKey, ["uri"] = sim.BaseUri, ["clientId"] = SimulatorOptions.DefaultClientId,
    };

    public async Task InitializeAsync()
    {
        sim = await SimulatorServer.StartAsync(new SimulatorOptions { JobDurationMs = 600_000 });
        shell = new ModuleRunspace();
        shell.Invoke("Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $uri -MaxRetry 0 -TimeoutSec 30", Vars);
    }

    public async Task DisposeAsync()
    {
        shell.Dispose();
        await sim.DisposeAsync();
    }

    [Fact]
    public void EveryErrorRecordFromAMalformedAnswerIsAnAkoolIdInPlainWords()
    {
        (string Path, string Command)[] commands =
        [
            ("/api/open/v3/getToken", "Connect-Akool -ClientId $clientId -ClientSecret (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $uri -MaxRetry 0 -PassThru"),
            ("/api/open/v3/language/list", "Get-AkoolLanguage -Refresh"),
            ("/api/open/v4/voice/videoTranslation", "Get-AkoolVoice -LanguageCode ja"),
            ("/api/open/v3/content/video/createbytranslate", "New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja"),
            ("/api/open/v3/content/video/createbytalkingphoto", "New-AkoolTalkingPhoto -PhotoUrl https://example.com/a.png -AudioUrl https://example.com/a.mp3"),
            ("/api/open/v3/content/video/lipsync", "New-AkoolLipSync -VideoUrl https://example.com/a.mp4 -AudioUrl https://example.com/a.mp3"),
            ("/api/open/v4/image2Video/createBySourcePrompt", "New-AkoolImageToVideo -ImageUrl https://example.com/a.png -Prompt smile"),
            ("/api/open/v4/image2Video/updateVideoAudio", "Add-AkoolVideoAudio -Id 68f7a1b2c3d4e5f60718293a -GenerateAudio"),
            ("/api/open/v3/content/video/infobymodelid", "Get-AkoolVideo -Id 68f7a1b2c3d4e5f60718293a -Kind LipSync"),
            ("/api/open/v4/image2Video/resultsByIds", "Get-AkoolVideo -Id 68f7a1b2c3d4e5f60718293a -Kind ImageToVideo"),
            ("/api/open/v3/faceswap/quota/info", "Get-AkoolCredit"),
        ];
        string[] answers =
        [
            "", "<html><body>Bad gateway</body></html>", "[]", "{\"code\":\"x\"}", "{\"code\":1000,\"data\":{", "{\"code\":1000,\"data\":null}",
            "{\"code\":1000,\"data\":{\"_id\":[1],\"lang_list\":{},\"result\":1,\"credit\":\"lots\",\"token\":7},\"token\":{}}",
            "{\"code\":1000,\"data\":{\"_id\":\"68f7a1b2c3d4e5f60718293a\",\"video_status\":\"done\",\"status\":[],\"create_time\":\"today\"}}",
            "{\"code\":1e400,\"msg\":{}}",
        ];
        var problems = new List<string>();
        var records = 0;
        foreach (var (path, command) in commands)
        {
            foreach (var answer in answers)
            {
                sim.State.AddFault(new FaultRule { Path = path, Kind = FaultKind.Body, Body = answer });
                var result = shell.Invoke($"try {{ {command} -ErrorAction Stop | Out-Null }} catch {{ $_ }}", Vars);
                sim.State.ClearFaults();
                foreach (var record in result.Objects<ErrorRecord>().Concat(result.Errors))
                {
                    records++;
                    var shown = record.ErrorDetails?.Message ?? record.Exception.Message;
                    if (!record.FullyQualifiedErrorId.StartsWith("Akool.", StringComparison.Ordinal) || DotNetInternals.IsMatch(shown) || DotNetInternals.IsMatch(record.Exception.Message))
                    {
                        problems.Add($"{command} ← {answer}: {record.FullyQualifiedErrorId}: {shown}");
                    }
                }
            }
        }

        output.WriteLine($"{commands.Length * answers.Length} malformed answers tried through the cmdlets; {records} error records checked.");
        Assert.True(records > commands.Length * 3, $"only {records} error records");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AnAcceptedCreateWithAnOddAnswerSaysTheJobExistsAndHowToFollowIt()
    {
        sim.State.AddFault(new FaultRule
        {
            Path = "/api/open/v3/content/video/lipsync", Kind = FaultKind.Body,
            Body = """{"code":1000,"msg":"OK","data":{"_id":"68f7a1b2c3d4e5f60718293a","video_status":{"odd":true}}}""",
        });

        var result = shell.Invoke("New-AkoolLipSync -VideoUrl https://example.com/a.mp4 -AudioUrl https://example.com/a.mp3");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Akool.CreatedAnswerUnreadable,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("WAS created", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Get-AkoolVideo -Id 68f7a1b2c3d4e5f60718293a", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.DoesNotContain("try again", error.Exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AProxyPasswordIsNeverShown()
    {
        const string password = "pa55w0rd-proxy";
        var result = shell.Invoke(
            "$VerbosePreference = 'Continue'; Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $uri -Proxy \"http://joe:$password@127.0.0.1:9/\" -SkipValidation -PassThru | Out-Null; " +
            "$s = Get-AkoolSession; ($s | Format-List * | Out-String); ($s | Format-List | Out-String); ($s | Format-Table | Out-String); $s.ToString(); [string]$s.Proxy; ($s | Select-Object * | Out-String)",
            new Dictionary<string, object?>(Vars) { ["password"] = password });

        var shown = string.Join("\n", result.Output.Select(o => o?.ToString()).Concat(result.Verbose));
        Assert.DoesNotContain(password, shown, StringComparison.Ordinal);
        Assert.Contains("joe:***@127.0.0.1", shown, StringComparison.Ordinal);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void PlainHttpToAnotherMachineIsRefusedUnlessAllowed()
    {
        var refused = shell.Invoke("try { Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri http://192.0.2.10/ -SkipValidation } catch { $_ }", Vars);
        var allowed = shell.Invoke("Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri http://192.0.2.10/ -SkipValidation -AllowUnencryptedAuthentication -PassThru", Vars);

        var error = Assert.Single(refused.Objects<ErrorRecord>());
        Assert.StartsWith("Akool.UnencryptedAuthentication,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("-AllowUnencryptedAuthentication", error.Exception.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(allowed.Objects<AkoolSession>()).IsConnected);
    }

    [Fact]
    public void AStalledAnswerEndsWithinTimeoutSecAndTwoSeconds()
    {
        StallLanguages();
        var clock = Stopwatch.StartNew();

        var result = shell.Invoke(
            "Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $uri -MaxRetry 0 -TimeoutSec 3 -SkipValidation; try { Get-AkoolLanguage -Refresh -ErrorAction Stop } catch { $_ }",
            Vars);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the command ended after {clock.Elapsed}");
        Assert.StartsWith("Akool.RequestTimeout,", Assert.Single(result.Objects<ErrorRecord>()).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopEndsACommandWhoseAnswerStalledWithinOneSecond()
    {
        StallLanguages();
        using var shellCommand = PowerShell.Create();
        shellCommand.Runspace = shell.Runspace;
        shellCommand.AddScript("Get-AkoolLanguage -Refresh");
        var running = shellCommand.BeginInvoke();
        var clock = Stopwatch.StartNew();
        while (sim.State.GetJournal("/api/open/v3/language/list").Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }

        await Task.Delay(300);
        clock.Restart();
        shellCommand.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Stop() returned {clock.Elapsed} after it was called");
        Assert.True(running.IsCompleted);
        Assert.Equal(PSInvocationState.Stopped, shellCommand.InvocationStateInfo.State);
    }

    private void StallLanguages() => sim.State.AddFault(new FaultRule
    {
        Path = "/api/open/v3/language/list", Kind = FaultKind.StallBody, Times = 0,
        Body = """{"code":1000,"msg":"OK","data":{"lang_list":[{"lang_name":"Japanese","lang_code":"ja"}]}}""",
    });

    [Fact]
    public async Task DisconnectingWhileAnotherRunspaceUsesTheSessionGivesItSessionClosed()
    {
        var session = Assert.Single(shell.Invoke("Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $uri -MaxRetry 0 -TimeoutSec 60 -PassThru", Vars).Objects<AkoolSession>());
        sim.State.AddFault(new FaultRule { Path = "/api/open/v3/faceswap/quota/info", Kind = FaultKind.StallBody, Body = """{"code":1000,"data":{"credit":5}}""", Times = 0 });
        using var other = new ModuleRunspace();
        var running = Task.Run(() => other.Invoke("try { Get-AkoolCredit -Session $s -ErrorAction Stop } catch { $_ }", new Dictionary<string, object?> { ["s"] = session }));
        var clock = Stopwatch.StartNew();
        while (sim.State.GetJournal("/api/open/v3/faceswap/quota/info").Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }

        clock.Restart();
        shell.Invoke("Disconnect-Akool -Session $s", new Dictionary<string, object?> { ["s"] = session });
        var result = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the other runspace's command ended {clock.Elapsed} after Disconnect-Akool");
        var error = Assert.Single(result.Objects<ErrorRecord>());
        Assert.StartsWith("Akool.SessionClosed,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("Connect-Akool", error.ErrorDetails.Message, StringComparison.Ordinal);
    }
}
