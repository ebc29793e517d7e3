using System;
using System.Collections.Generic;
using System.IO;
using AkoolPS.Client.Downloads;
using AkoolPS.Client.Jobs;

namespace AkoolPS.Saving;

/// <summary>One file to save for a job: its safe name without extension, the media expected, and the link.</summary>
internal sealed record ResultFile(string Stem, AkoolResultMedia Media, Uri Url);

/// <summary>
/// Names the files of a job from the user's own source file name, the language and the kind, never
/// from the result link: "&lt;source&gt;.&lt;language&gt;" for translations (talk.ja.mp4) and
/// "&lt;source&gt;.&lt;kind&gt;" for the others (photo.talking-photo.mp4, talk.lipsync.mp4,
/// cat.video.mp4, cat.video-with-audio.mp4), the job id standing for the source when it is not
/// known; subtitles get ".original" and ".translated" beside the video. Every part is reduced to a
/// safe alphabet (server text, such as the id, to ASCII letters, digits, '-' and '_'), and a name
/// already used in this run gets the id added, so two jobs never write to one file. The extension
/// is added when the content has arrived (see <see cref="MediaTypes"/>).
/// </summary>
internal static class ResultFileNames
{
    // Room left for what is added to a stem: ".translated", ".partial-state" and the leading dot of the temporary file.
    private const string LongestSuffix = ".translated.partial-state.";

    public static IReadOnlyList<ResultFile> For(AkoolVideo video, bool includeSubtitles, ISet<string> used)
    {
        var stem = Stem(video);
        if (used.Contains(stem))
        {
            stem = SafeFileName.Fit(stem, "." + SafeFileName.FromServerText(video.Id, 32) + LongestSuffix) + "." + SafeFileName.FromServerText(video.Id, 32);
        }

        used.Add(stem);
        var files = new List<ResultFile> { new(stem, video.Media, video.ResultUrl!) };
        if (includeSubtitles && video.Subtitles is { } subtitles)
        {
            if (subtitles.OriginalSrtUrl is { } original)
            {
                files.Add(new(stem + ".original", AkoolResultMedia.Subtitles, original));
            }

            if (subtitles.TranslatedSrtUrl is { } translated)
            {
                files.Add(new(stem + ".translated", AkoolResultMedia.Subtitles, translated));
            }
        }

        return files;
    }

    private static string Stem(AkoolVideo video)
    {
        var source = video.SourceUrl is { IsAbsoluteUri: true } url ? SourceName(url) : null;
        var name = string.IsNullOrWhiteSpace(source) ? SafeFileName.FromServerText(video.Id) : SafeFileName.FromUserText(source);
        var tag = video.Language is { Length: > 0 } language ? SafeFileName.FromServerText(language, 32) : KindTag(video);
        return SafeFileName.Fit(name, "." + tag + LongestSuffix) + "." + tag;
    }

    // The last segment of the source's path, without its extension; separators of every system count.
    private static string SourceName(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).Replace('\\', '/');
        var last = path.Substring(path.LastIndexOf('/') + 1);
        return Path.GetFileNameWithoutExtension(last);
    }

    // The kind's word from the registry; Add-AkoolVideoAudio's copy of a video must not take the silent original's name.
    private static string KindTag(AkoolVideo video) =>
        JobKinds.FileTagOf(video.Kind) + (video.DerivedFromId is { Length: > 0 } ? "-with-audio" : string.Empty);
}
