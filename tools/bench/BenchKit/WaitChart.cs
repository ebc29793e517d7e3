using System.Globalization;

namespace AkoolPS.Bench;

/// <summary>
/// The chart of the wait scenario: one row per job (sorted by when it ended), x = seconds since the wait
/// started; a grey mark where the job ended, a blue one where AkoolPS reported it, an orange one where
/// the naive loop did, and dashed lines where each wait returned.
/// </summary>
public static class WaitChart
{
    private const uint Ink = 0x202020;
    private const uint Grid = 0xE4E4E4;
    private const uint EndColour = 0x777777;
    private const uint ModuleColour = 0x1F5FBF;
    private const uint NaiveColour = 0xE07B00;

    /// <param name="path">The PNG to write.</param>
    /// <param name="jobEnd">Seconds from the start of the wait to each job's end.</param>
    /// <param name="moduleReported">Seconds to when Wait-AkoolVideo wrote each job (NaN: never).</param>
    /// <param name="naiveReported">Seconds to when the naive loop saw each job end (NaN: never).</param>
    /// <param name="moduleReturned">Seconds to when Wait-AkoolVideo returned.</param>
    /// <param name="naiveReturned">Seconds to when the naive loop ended.</param>
    /// <param name="title">The first line.</param>
    /// <param name="subtitle">The second line.</param>
    public static void Render(
        string path, double[] jobEnd, double[] moduleReported, double[] naiveReported,
        double moduleReturned, double naiveReturned, string title, string subtitle)
    {
        var order = Enumerable.Range(0, jobEnd.Length).OrderBy(i => jobEnd[i]).ToArray();
        var canvas = new Canvas(1280, 780);
        const int left = 100, right = 40, top = 110, bottom = 80;
        var plotW = canvas.Width - left - right;
        var plotH = canvas.Height - top - bottom;
        var all = jobEnd.Concat(moduleReported).Concat(naiveReported).Append(moduleReturned).Append(naiveReturned).Where(v => !double.IsNaN(v));
        var xMax = Math.Max(10, Math.Ceiling(all.Max() / 10) * 10);
        var n = Math.Max(1, order.Length);

        int X(double seconds) => left + (int)Math.Round(seconds / xMax * plotW);
        int Y(int rank) => top + plotH - (int)Math.Round((rank + 0.5) / n * plotH);

        // Grid and axes.
        for (var s = 0; s <= xMax; s += 10)
        {
            canvas.Line(X(s), top, X(s), top + plotH, Grid);
            var label = s.ToString(CultureInfo.InvariantCulture);
            canvas.Text(X(s) - (Canvas.TextWidth(label) / 2), top + plotH + 10, label, Ink);
        }

        var step = n > 200 ? 100 : n > 50 ? 25 : 5;
        for (var r = 0; r <= n; r += step)
        {
            var y = top + plotH - (int)Math.Round((double)r / n * plotH);
            canvas.Line(left, y, left + plotW, y, Grid);
            var label = r.ToString(CultureInfo.InvariantCulture);
            canvas.Text(left - 10 - Canvas.TextWidth(label), y - 7, label, Ink);
        }

        canvas.Line(left, top, left, top + plotH, Ink);
        canvas.Line(left, top + plotH, left + plotW, top + plotH, Ink);
        var xTitle = "SECONDS SINCE THE WAIT STARTED";
        canvas.Text(left + (plotW / 2) - (Canvas.TextWidth(xTitle) / 2), canvas.Height - 40, xTitle, Ink);
        canvas.TextUp(20, top + (plotH / 2) + (Canvas.TextWidth("JOBS, BY END TIME") / 2), "JOBS, BY END TIME", Ink);

        // Where each wait returned.
        canvas.DashedLine(X(moduleReturned), top, X(moduleReturned), top + plotH, ModuleColour);
        canvas.DashedLine(X(moduleReturned) + 1, top, X(moduleReturned) + 1, top + plotH, ModuleColour);
        if (!double.IsNaN(naiveReturned))
        {
            canvas.DashedLine(X(naiveReturned), top, X(naiveReturned), top + plotH, NaiveColour);
            canvas.DashedLine(X(naiveReturned) + 1, top, X(naiveReturned) + 1, top + plotH, NaiveColour);
        }

        // The jobs: end first, then the two reporters on top.
        for (var rank = 0; rank < order.Length; rank++)
        {
            var i = order[rank];
            var y = Y(rank);
            canvas.FillRect(X(jobEnd[i]) - 1, y - 1, 3, 3, EndColour);
        }

        for (var rank = 0; rank < order.Length; rank++)
        {
            var i = order[rank];
            var y = Y(rank);
            if (!double.IsNaN(naiveReported[i]))
            {
                canvas.FillRect(X(naiveReported[i]) - 1, y - 1, 3, 3, NaiveColour);
            }

            if (!double.IsNaN(moduleReported[i]))
            {
                canvas.FillRect(X(moduleReported[i]) - 1, y - 1, 3, 3, ModuleColour);
            }
        }

        // Titles and legend.
        canvas.Text(left, 16, title, Ink, 2);
        canvas.Text(left, 40, subtitle, Ink, 2);
        var lx = left;
        var ly = 72;
        foreach (var (colour, label) in new[]
        {
            (EndColour, "JOB ENDED"),
            (ModuleColour, "WAIT-AKOOLVIDEO WROTE IT (DASHED: RETURNED)"),
            (NaiveColour, "NAIVE LOOP SAW IT (DASHED: ENDED)"),
        })
        {
            canvas.FillRect(lx, ly + 2, 10, 10, colour);
            lx += 16 + canvas.Text(lx + 16, ly, label, Ink) + 20;
        }

        canvas.SavePng(path);
    }
}
