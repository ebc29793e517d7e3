using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AkoolPS.Bench;

/// <summary>One run of a child process: wall time, and the CPU time it used (user + system).</summary>
public sealed class ChildResult
{
    public double WallMs { get; init; }

    public double CpuMs { get; init; }

    public int ExitCode { get; init; }

    public string Output { get; init; } = string.Empty;
}

/// <summary>
/// Starts a process, waits for it, and measures its wall time and its CPU time. The CPU time comes from
/// getrusage(RUSAGE_CHILDREN) before and after (Linux): on a shared, noisy machine it moves much less than
/// the wall time, so it tells apart differences that the wall time hides. Run one child at a time.
/// </summary>
public static class ChildRun
{
    private const int RusageChildren = -1;

    public static ChildResult Run(string fileName, string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var before = ChildrenCpuMs();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;

        // The runtime reaps the child on its own thread; wait until its usage has been added.
        var cpu = ChildrenCpuMs() - before;
        for (var i = 0; i < 50 && cpu <= 0; i++)
        {
            Thread.Sleep(2);
            cpu = ChildrenCpuMs() - before;
        }

        return new ChildResult { WallMs = wall, CpuMs = cpu, ExitCode = process.ExitCode, Output = stdout.Result + stderr.Result };
    }

    private static double ChildrenCpuMs()
    {
        if (getrusage(RusageChildren, out var usage) != 0)
        {
            return double.NaN;
        }

        return ((usage.UserSec + usage.SystemSec) * 1000.0) + ((usage.UserUsec + usage.SystemUsec) / 1000.0);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSec;
        public long UserUsec;
        public long SystemSec;
        public long SystemUsec;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NVcsw;
        public long NIvcsw;
    }
}
