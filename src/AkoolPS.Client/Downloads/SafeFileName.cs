using System;
using System.Linq;
using System.Text;

namespace AkoolPS.Client.Downloads;

/// <summary>
/// Turns text into file name parts that are safe on every system: no path separators, no drive or
/// parent references, no Windows device names (CON, NUL, COM1...), no trailing dots or spaces, no
/// control characters, and a bounded length. Server text (a job id) keeps only ASCII letters, digits,
/// '-' and '_'; a name the user chose keeps letters and digits of any script, inner spaces and dots too.
/// </summary>
public static class SafeFileName
{
    /// <summary>The longest file name (extension included) this module writes.</summary>
    public const int MaxLength = 200;

    private static readonly string[] DeviceNames =
    {
        "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Text the server chose (an id), reduced to [A-Za-z0-9_-]; "job" when nothing is left.</summary>
    public static string FromServerText(string? text, int maxLength = 64) =>
        Finish(Reduce(text, c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'), maxLength, "job");

    /// <summary>A name part from the user's own file name: letters and digits of any script, '-', '_', and single inner spaces and dots.</summary>
    public static string FromUserText(string? text, int maxLength = 120) =>
        Finish(Reduce(text, c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' '), maxLength, "file");

    /// <summary>
    /// True when <paramref name="name"/> can be used as it is: only the characters these methods keep,
    /// no leading or trailing dot or space, no "..", not a device name, and not longer than <see cref="MaxLength"/>.
    /// </summary>
    public static bool IsSafe(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' ')
        && name[0] is not ('.' or ' ') && name[name.Length - 1] is not ('.' or ' ')
        && name.IndexOf("..", StringComparison.Ordinal) < 0
        && !IsDeviceName(name);

    /// <summary>True when Windows takes the name (or its part before the first dot) for a device.</summary>
    public static bool IsDeviceName(string name)
    {
        var dot = name.IndexOf('.');
        var head = (dot < 0 ? name : name.Substring(0, dot)).TrimEnd(' ');
        return DeviceNames.Contains(head, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Shortens <paramref name="stem"/> so that stem plus <paramref name="suffix"/> fits <see cref="MaxLength"/>;
    /// a shortened stem ends in a short hash of the whole one, so two long names still differ.
    /// </summary>
    public static string Fit(string stem, string suffix)
    {
        var room = MaxLength - suffix.Length;
        if (stem.Length <= room)
        {
            return stem;
        }

        var hash = "-" + StableHash(stem);
        return stem.Substring(0, Math.Max(1, room - hash.Length)).TrimEnd('.', '-', '_') + hash;
    }

    private static string Reduce(string? text, Func<char, bool> keep)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            var next = keep(c) ? c : '_';

            // No "..": a run of dots (or of spaces, or of replacements) becomes one.
            if (next is '.' or '_' or ' ' && builder.Length > 0 && builder[builder.Length - 1] == next)
            {
                continue;
            }

            builder.Append(next);
        }

        return builder.ToString();
    }

    private static string Finish(string text, int maxLength, string fallback)
    {
        text = text.Trim('.', '_', ' ');
        if (text.Length > maxLength)
        {
            text = text.Substring(0, maxLength - 9).TrimEnd('.', '_', ' ') + "-" + StableHash(text);
        }

        if (text.Length == 0 || text.Trim('_', '-', '.').Length == 0)
        {
            return fallback;
        }

        // CON, nul, COM1...: a device on Windows whatever follows the first dot.
        if (IsDeviceName(text))
        {
            var dot = text.IndexOf('.');
            text = dot < 0 ? text + "_" : text.Substring(0, dot) + "_" + text.Substring(dot);
        }

        return text;
    }

    // FNV-1a, 32 bits, as 8 hex digits: the same on every run and every platform.
    private static string StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
