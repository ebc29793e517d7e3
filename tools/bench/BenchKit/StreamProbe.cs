using System.Diagnostics;
using System.Management.Automation;

namespace AkoolPS.Bench;

/// <summary>
/// What arrived at the end of a pipeline and when: the count, the time of the first object after
/// <see cref="Start"/>, and optionally each object's key with the wall-clock time (Unix ms) it arrived.
/// A compiled sink, so that timing the module's output costs microseconds, not a script block per object.
/// </summary>
public sealed class StreamProbe
{
    private readonly Stopwatch clock = new();
    private readonly string? keyProperty;

    public StreamProbe()
        : this(null)
    {
    }

    public StreamProbe(string? keyProperty)
    {
        this.keyProperty = keyProperty;
    }

    public long Count { get; private set; }

    /// <summary>Milliseconds from <see cref="Start"/> to the first object, or -1.</summary>
    public double FirstMs { get; private set; } = -1;

    /// <summary>Milliseconds from <see cref="Start"/> to the last object, or -1.</summary>
    public double LastMs { get; private set; } = -1;

    public List<string> Keys { get; } = new();

    public List<long> UnixMs { get; } = new();

    public double ElapsedMs => clock.Elapsed.TotalMilliseconds;

    public void Start()
    {
        Count = 0;
        FirstMs = -1;
        LastMs = -1;
        Keys.Clear();
        UnixMs.Clear();
        clock.Restart();
    }

    public double Stop()
    {
        clock.Stop();
        return clock.Elapsed.TotalMilliseconds;
    }

    internal void Add(object? item)
    {
        var now = clock.Elapsed.TotalMilliseconds;
        if (Count == 0)
        {
            FirstMs = now;
        }

        LastMs = now;
        Count++;
        if (keyProperty is not null)
        {
            var value = item is PSObject ps ? ps.Properties[keyProperty]?.Value : null;
            Keys.Add(value?.ToString() ?? string.Empty);
            UnixMs.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        }
    }
}

/// <summary><c>... | Measure-BenchStream -Probe $probe</c>: counts and times what the pipeline writes, writes nothing.</summary>
[Cmdlet("Measure", "BenchStream")]
public sealed class MeasureBenchStreamCommand : Cmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    [Parameter(Mandatory = true, Position = 0)]
    public StreamProbe Probe { get; set; } = null!;

    protected override void ProcessRecord() => Probe.Add(InputObject);
}
