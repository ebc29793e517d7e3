using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace AkoolPS.Client.Downloads;

/// <summary>
/// What the bytes of a partial file are: the link they came from (without its query, which a fresh
/// presigned link changes), the validator of that version (ETag or Last-Modified) and its full
/// length. Kept beside the partial file, so a save after a killed process resumes only bytes it
/// can prove are of the same file; with anything less the partial file is deleted.
/// </summary>
internal sealed class PartialState
{
    private const string Header = "AkoolPS partial 1";

    public PartialState(string source, string validator, long total, string? contentType)
    {
        Source = source;
        Validator = validator;
        Total = total;
        ContentType = contentType;
    }

    public string Source { get; }

    public string Validator { get; }

    public long Total { get; }

    public string? ContentType { get; }

    public static string SourceOf(Uri url) => url.GetLeftPart(UriPartial.Path);

    /// <summary>The state of a partial file left for <paramref name="url"/>, or null (and both files deleted) when it cannot be trusted.</summary>
    public static PartialState? Recover(DownloadTarget target, Uri url)
    {
        var partial = target.PartialPath;
        var statePath = target.PartialStatePath;
        PartialState? state = null;
        try
        {
            if (File.Exists(partial) && File.Exists(statePath))
            {
                var lines = File.ReadAllLines(statePath, Encoding.UTF8);
                if (lines.Length >= 4 && lines[0] == Header && lines[1] == SourceOf(url) && lines[2].Length > 0
                    && long.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var total)
                    && new FileInfo(partial).Length < total)
                {
                    state = new PartialState(lines[1], lines[2], total, lines.Length > 4 && lines[4].Length > 0 ? lines[4] : null);
                }
            }
        }
        catch (IOException)
        {
            state = null;
        }

        if (state is null)
        {
            Delete(target);
        }

        return state;
    }

    public void Save(DownloadTarget target) =>
        File.WriteAllText(target.PartialStatePath, string.Join("\n", Header, Source, Validator, Total.ToString(CultureInfo.InvariantCulture), ContentType ?? string.Empty), new UTF8Encoding(false));

    public static void Delete(DownloadTarget target)
    {
        TryDelete(target.PartialStatePath);
        TryDelete(target.PartialPath);
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
