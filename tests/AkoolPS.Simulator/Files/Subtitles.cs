using System.Globalization;
using System.Text;

namespace AkoolPS.Simulator;

/// <summary>Valid, deterministic SRT files for a translation's original and translated subtitles.</summary>
internal static class Subtitles
{
    private const int Cues = 4;
    private const int CueMs = 2500;

    public static string For(string jobId, string language, bool translated)
    {
        var text = new StringBuilder();
        for (var cue = 1; cue <= Cues; cue++)
        {
            var start = TimeSpan.FromMilliseconds((cue - 1) * CueMs);
            var end = start + TimeSpan.FromMilliseconds(CueMs - 100);
            var line = translated
                ? $"[{language}] Translated line {cue} of job {jobId}"
                : $"Original line {cue} of job {jobId}";
            text.Append(CultureInfo.InvariantCulture, $"{cue}\n{Stamp(start)} --> {Stamp(end)}\n{line}\n\n");
        }

        return text.ToString();
    }

    private static string Stamp(TimeSpan time) => time.ToString(@"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture);
}
