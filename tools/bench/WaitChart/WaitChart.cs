using ScottPlot;

namespace AkoolPS.Bench;

/// <summary>What the wait chart shows, in seconds since the wait started; NaN (null in JSON) where a job was never reported.</summary>
public sealed class WaitChartData
{
    /// <summary>When each job ended.</summary>
    public double?[] JobEnd { get; set; } = [];

    /// <summary>When Wait-AkoolVideo wrote each job.</summary>
    public double?[] ModuleReported { get; set; } = [];

    /// <summary>When the naive loop saw each job end.</summary>
    public double?[] NaiveReported { get; set; } = [];

    /// <summary>When Wait-AkoolVideo returned.</summary>
    public double? ModuleReturned { get; set; }

    /// <summary>When the naive loop ended.</summary>
    public double? NaiveReturned { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Subtitle { get; set; } = string.Empty;
}

/// <summary>
/// The chart of the wait scenario: one row per job (sorted by when it ended), x = seconds since the wait
/// started; a grey mark where the job ended, a blue one where AkoolPS reported it, an orange one where
/// the naive loop did, and dashed lines where each wait returned.
/// </summary>
public static class WaitChart
{
    private static readonly Color EndColour = Color.FromHex("#777777");
    private static readonly Color ModuleColour = Color.FromHex("#1F5FBF");
    private static readonly Color NaiveColour = Color.FromHex("#E07B00");

    public static void Render(string path, WaitChartData data)
    {
        var order = Enumerable.Range(0, data.JobEnd.Length).OrderBy(i => data.JobEnd[i] ?? double.MaxValue).ToArray();
        var plot = new Plot();
        AddPoints(plot, order, data.JobEnd, EndColour, "Job ended", 3);
        AddPoints(plot, order, data.NaiveReported, NaiveColour, "Naive loop saw it (dashed: ended)", 3);
        AddPoints(plot, order, data.ModuleReported, ModuleColour, "Wait-AkoolVideo wrote it (dashed: returned)", 3);
        AddReturn(plot, data.ModuleReturned, ModuleColour);
        AddReturn(plot, data.NaiveReturned, NaiveColour);

        var all = data.JobEnd.Concat(data.ModuleReported).Concat(data.NaiveReported)
            .Append(data.ModuleReturned).Append(data.NaiveReturned).OfType<double>().Where(v => !double.IsNaN(v));
        var xMax = Math.Max(10, Math.Ceiling(all.DefaultIfEmpty(0).Max() / 10) * 10);
        plot.Axes.SetLimits(0, xMax, 0, Math.Max(1, order.Length));
        plot.Title(data.Title + "\n" + data.Subtitle, size: 15);
        plot.XLabel("Seconds since the wait started");
        plot.YLabel("Jobs, by end time");
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        plot.SavePng(path, 1280, 780);
    }

    private static void AddPoints(Plot plot, int[] order, double?[] seconds, Color colour, string label, float size)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (order[rank] < seconds.Length && seconds[order[rank]] is double x && !double.IsNaN(x))
            {
                xs.Add(x);
                ys.Add(rank + 0.5);
            }
        }

        var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), colour);
        points.MarkerSize = size;
        points.MarkerShape = MarkerShape.FilledSquare;
        points.LegendText = label;
    }

    private static void AddReturn(Plot plot, double? seconds, Color colour)
    {
        if (seconds is double x && !double.IsNaN(x))
        {
            var line = plot.Add.VerticalLine(x, 2, colour, LinePattern.Dashed);
            line.LegendText = string.Empty;
        }
    }
}
