using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AkoolPS.Client.Jobs;

namespace AkoolPS.Commands;

/// <summary>
/// Names the files of a job: "&lt;source name&gt;.&lt;language&gt;.mp4" for translations (talk.ja.mp4) and
/// "&lt;source name&gt;.&lt;kind&gt;.mp4" for the others (photo.talking-photo.mp4, talk.lipsync.mp4,
/// cat.video.mp4), the job id standing for the source when it is not known; subtitles get
/// ".original.srt" and ".translated.srt" beside the video. A name already used in
/// this run gets the job id added, so two jobs never write to one file.
/// </summary>
internal static class ResultFileNames
{
    public static IReadOnlyList<(string Name, Uri Url)> For(AkoolVideo video, bool includeSubtitles, ISet<string> used)
    {
        var stem = Stem(video);
        if (used.Contains(stem + Extension(video.ResultUrl!, ".mp4")))
        {
            stem += "." + video.Id;
        }

        var files = new List<(string, Uri)> { (stem + Extension(video.ResultUrl!, ".mp4"), video.ResultUrl!) };
        if (includeSubtitles && video.Subtitles is { } subtitles)
        {
            if (subtitles.OriginalSrtUrl is { } original)
            {
                files.Add((stem + ".original" + Extension(original, ".srt"), original));
            }

            if (subtitles.TranslatedSrtUrl is { } translated)
            {
                files.Add((stem + ".translated" + Extension(translated, ".srt"), translated));
            }
        }

        foreach (var (name, _) in files)
        {
            used.Add(name);
        }

        return files;
    }

    private static string Stem(AkoolVideo video)
    {
        var source = video.SourceUrl is { } url ? Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(url.AbsolutePath)) : null;
        var stem = string.IsNullOrWhiteSpace(source) ? video.Id : Clean(source!);
        return stem + "." + (video.Language is { Length: > 0 } language ? Clean(language) : KindTag(video));
    }

    // Add-AkoolVideoAudio's copy of a video must not take the silent original's name.
    private static string KindTag(AkoolVideo video) =>
        JobKinds.FileTagOf(video.Kind) + (video.DerivedFromId is { Length: > 0 } ? "-with-audio" : string.Empty);

    private static string Extension(Uri url, string fallback)
    {
        var extension = Path.GetExtension(url.AbsolutePath);
        return extension.Length is > 1 and <= 5 && extension.Skip(1).All(char.IsLetterOrDigit) ? extension.ToLowerInvariant() : fallback;
    }

    private static string Clean(string text)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string(text.Select(c => invalid.Contains(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c).ToArray());
        return cleaned.Trim('.', ' ');
    }
}
