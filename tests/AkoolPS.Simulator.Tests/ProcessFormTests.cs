using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AkoolPS.Simulator.Tests;

/// <summary>The simulator run as its own process, as the demo, benchmarks and Pester tests use it.</summary>
public sealed partial class ProcessFormTests
{
    [Fact]
    public async Task It_prints_one_listening_line_serves_and_exits_cleanly_on_sigterm()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var simulator = StartSimulator("--job-duration-ms 100 --latency-ms 0");
        var url = await ReadListeningUrlAsync(simulator);
        using var http = new HttpClient { BaseAddress = new Uri(url + "/") };
        http.DefaultRequestHeaders.Add("x-api-key", SimulatorOptions.DefaultApiKey);

        var list = await http.GetStringAsync("api/open/v3/language/list");
        using (var kill = Process.Start("kill", ["-TERM", simulator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await simulator.WaitForExitAsync(exit.Token);
        Assert.Contains("\"code\":1000", list, StringComparison.Ordinal);
        Assert.Equal(0, simulator.ExitCode);
        Assert.Equal(string.Empty, (await simulator.StandardOutput.ReadToEndAsync()).Trim());
    }

    [Fact]
    public async Task It_exits_when_its_parent_process_ends()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var parent = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        using var simulator = StartSimulator($"--parent-pid {parent.Id}");
        await ReadListeningUrlAsync(simulator);

        parent.Kill();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await simulator.WaitForExitAsync(exit.Token);

        Assert.Equal(0, simulator.ExitCode);
    }

    [Fact]
    public async Task An_unknown_option_is_refused_with_usage()
    {
        using var simulator = StartSimulator("--colour blue");
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await simulator.WaitForExitAsync(exit.Token);

        Assert.Equal(2, simulator.ExitCode);
        Assert.Contains("Usage:", await simulator.StandardError.ReadToEndAsync(), StringComparison.Ordinal);
    }

    private static Process StartSimulator(string options)
    {
        var dll = typeof(SimulatorServer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:0 {options}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start)!;
    }

    private static async Task<string> ReadListeningUrlAsync(Process simulator)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var line = await simulator.StandardOutput.ReadLineAsync(timeout.Token);
        var match = ListeningLine().Match(line ?? string.Empty);
        Assert.True(match.Success, $"unexpected first line: '{line}'");
        return match.Groups["url"].Value;
    }

    [GeneratedRegex(@"^AkoolPS\.Simulator listening on (?<url>http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ListeningLine();
}
