using System.Globalization;

namespace AkoolPS.Bench;

/// <summary>
/// Samples a process's resident set (VmRSS in /proc/&lt;pid&gt;/status) every few milliseconds on a
/// thread of its own, and keeps the baseline and the peak. Works for this process and for another
/// one (curl) alike; Linux only, which is where the benchmark runs.
/// </summary>
public sealed class RssSampler : IDisposable
{
    private readonly string statusPath;
    private readonly Thread thread;
    private readonly int periodMs;
    private volatile bool stopping;

    private RssSampler(int pid, int periodMs)
    {
        statusPath = $"/proc/{pid}/status";
        this.periodMs = periodMs;
        BaselineBytes = Read() ?? 0;
        PeakBytes = BaselineBytes;
        thread = new Thread(Loop) { IsBackground = true, Name = "RssSampler" };
        thread.Start();
    }

    public long BaselineBytes { get; }

    public long PeakBytes { get; private set; }

    public int Samples { get; private set; }

    public double GrowthMB => (PeakBytes - BaselineBytes) / 1048576.0;

    public double PeakMB => PeakBytes / 1048576.0;

    /// <summary>Collects garbage first (for this process), then starts sampling.</summary>
    public static RssSampler StartSelf(int periodMs = 2)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new RssSampler(Environment.ProcessId, periodMs);
    }

    public static RssSampler StartFor(int pid, int periodMs = 2) => new(pid, periodMs);

    /// <summary>The resident set of this process now, in MB.</summary>
    public static double CurrentMB() => (ReadField($"/proc/{Environment.ProcessId}/status", "VmRSS:") ?? 0) / 1048576.0;

    public RssSampler Stop()
    {
        stopping = true;
        thread.Join();
        Sample();
        return this;
    }

    public void Dispose()
    {
        if (!stopping)
        {
            Stop();
        }
    }

    private void Loop()
    {
        while (!stopping)
        {
            if (!Sample())
            {
                return;
            }

            Thread.Sleep(periodMs);
        }
    }

    private bool Sample()
    {
        var now = Read();
        if (now is not long bytes)
        {
            return false;
        }

        Samples++;
        if (bytes > PeakBytes)
        {
            PeakBytes = bytes;
        }

        return true;
    }

    private long? Read() => ReadField(statusPath, "VmRSS:");

    private static long? ReadField(string path, string field)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var text = line.Substring(field.Length).Trim();
                    var space = text.IndexOf(' ');
                    return long.Parse(space < 0 ? text : text.Substring(0, space), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
