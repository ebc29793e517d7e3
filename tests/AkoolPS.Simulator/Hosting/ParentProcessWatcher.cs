using System.Diagnostics;

namespace AkoolPS.Simulator;

/// <summary>
/// Ends the simulator when the process that started it is gone, so a crashed test run leaves no server
/// behind. Polls rather than waiting on the process: waiting for a process that is not our child is not
/// reliable on every platform, and the start time guards against the pid being reused.
/// </summary>
internal static class ParentProcessWatcher
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static async Task WatchAsync(int pid, Action onExit, CancellationToken cancellationToken)
    {
        var startedAt = StartTime(pid);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (startedAt is not null && StartTime(pid) == startedAt)
            {
                await timer.WaitForNextTickAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        onExit();
    }

    private static DateTime? StartTime(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : process.StartTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
