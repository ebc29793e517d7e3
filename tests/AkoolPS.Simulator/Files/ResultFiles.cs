namespace AkoolPS.Simulator;

/// <summary>
/// The files a finished job hands out and their URLs on the simulator's own host. The set depends on
/// the job kind: a translation has subtitles and a caption-free video; talking photo, lip sync and
/// image-to-video jobs only the video.
/// </summary>
internal static class ResultFiles
{
    public const string Video = "video.mp4";
    public const string Image = "image.png";
    public const string OriginalSrt = "original.srt";
    public const string TranslatedSrt = "translated.srt";
    public const string NoCaptionVideo = "no-caption.mp4";

    private const string SrtContentType = "application/x-subrip";

    /// <summary>Where a request came in (scheme, host, path base), so result URLs work behind any host name.</summary>
    public static string OriginOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The absolute URL of a job's file, on the host its create call used.</summary>
    public static string Url(Job job, string name) => $"{job.Origin}/files/{job.Id}/{name}";

    /// <summary>The file a finished job is about (the webhook's <c>url</c>, the record's result): the image of an image job, the audio of a VoiceLab job, else the video.</summary>
    public static string MainFile(Job job) => job.Details switch
    {
        ImageDetails => Image,
        VoiceLabDetails voice => voice.AudioFile,
        _ => job.Details.ResultFile,
    };

    /// <summary>The URL of the job's main result.</summary>
    public static string ResultUrl(Job job) => Url(job, MainFile(job));

    /// <summary>The content of <paramref name="name"/> for <paramref name="job"/>, or null when the job has no such file.</summary>
    /// <remarks>
    /// <paramref name="version"/> above 1 (the <c>newVersion</c> fault) gives other bytes of the same length:
    /// a file replaced on the server between two requests.
    /// </remarks>
    public static IResultContent? Open(Job job, string name, int version = 1) => (job.Details, name) switch
    {
        (ModerationDetails, _) => null,
        (FaceSwapDetails { TargetIsVideo: false }, Image) => new PngImage(Seed(job.Id, name, version)),
        (FaceSwapDetails { TargetIsVideo: false }, _) => null,
        (HeadAnalysisDetails a, _) when IsHeadImage(a, name) => new PngImage(Seed(job.Id, name, version)),
        (HeadAnalysisDetails, _) => null,
        (ImageDetails, Image) => new GeneratedImage(Seed(job.Id, name, version)),
        (ImageDetails, _) => null,
        (VoiceLabDetails voice, _) => name == voice.AudioFile ? AudioContent.For(name, voice.DurationMs) : null,
        (_, Video) => new GeneratedVideo(Seed(job.Id, name, version), job.ResultSizeBytes),
        (TranslationDetails, NoCaptionVideo) => new GeneratedVideo(Seed(job.Id, name, version), job.ResultSizeBytes),
        (TranslationDetails t, OriginalSrt) => new TextContent(Versioned(Subtitles.For(job.Id, t.SourceLanguage, translated: false), version), SrtContentType),
        (TranslationDetails t, TranslatedSrt) => new TextContent(Versioned(Subtitles.For(job.Id, t.TargetLanguage, translated: true), version), SrtContentType),
        _ => null,
    };

    private static bool IsHeadImage(HeadAnalysisDetails analysis, string name) =>
        name.StartsWith(HeadSwapEndpoints.HeadImagePrefix, StringComparison.Ordinal) && name.EndsWith(".png", StringComparison.Ordinal) &&
        int.TryParse(name.AsSpan(HeadSwapEndpoints.HeadImagePrefix.Length, name.Length - HeadSwapEndpoints.HeadImagePrefix.Length - 4), out var i) &&
        i >= 0 && i < analysis.HeadCount;

    private static ulong Seed(string jobId, string name, int version) =>
        StableHash.Of(jobId + "/" + name + (version > 1 ? "#" + version : string.Empty));

    // Same length, other text: the version digit replaces the last character before the final blank line.
    private static string Versioned(string text, int version) =>
        version <= 1 ? text : text[..^3] + (char)('0' + (version % 10)) + text[^2..];
}
