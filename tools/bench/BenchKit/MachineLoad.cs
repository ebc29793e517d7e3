using System.Globalization;

namespace AkoolPS.Bench;

/// <summary>
/// How busy the whole machine is: the load average, and the share of all cores that was busy between two
/// snapshots of /proc/stat. The benchmark records it beside every scenario, because the machine is shared:
/// a run measured while something else kept the cores busy says so in the results.
/// </summary>
public sealed class MachineLoad
{
    private readonly long busy;
    private readonly long total;

    private MachineLoad(long busy, long total)
    {
        this.busy = busy;
        this.total = total;
    }

    /// <summary>The 1-minute load average.</summary>
    public static double LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    public static MachineLoad Snapshot()
    {
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice
        var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = values[3] + (values.Length > 4 ? values[4] : 0);
        var all = values.Take(8).Sum();
        return new MachineLoad(all - idle, all);
    }

    /// <summary>The share (0-1) of all cores' time that was busy since <paramref name="earlier"/>.</summary>
    public double BusySince(MachineLoad earlier)
    {
        var t = total - earlier.total;
        return t <= 0 ? double.NaN : (double)(busy - earlier.busy) / t;
    }
}
