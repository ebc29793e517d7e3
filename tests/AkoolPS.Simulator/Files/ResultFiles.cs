namespace AkoolPS.Simulator;

/// <summary>
/// The files a finished job hands out and their URLs on the simulator's own host. The set depends on
/// the job kind: a translation has subtitles and a caption-free video; talking photo, lip sync and
/// image-to-video jobs only the video.
/// </summary>
internal static class ResultFiles
{
    public const string Video = "video.mp4";
    public const string OriginalSrt = "original.srt";
    public const string TranslatedSrt = "translated.srt";
    public const string NoCaptionVideo = "no-caption.mp4";
    public const string Image = "image.png";

    private const string SrtContentType = "application/x-subrip";

    /// <summary>Where a request came in (scheme, host, path base), so result URLs work behind any host name.</summary>
    public static string OriginOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The absolute URL of a job's file, on the host its create call used.</summary>
    public static string Url(Job job, string name) => $"{job.Origin}/files/{job.Id}/{name}";

    /// <summary>The URL of the job's main result (a video, or an image for an image face swap).</summary>
    public static string ResultUrl(Job job) => Url(job, job.Details.ResultFile);

    /// <summary>The content of <paramref name="name"/> for <paramref name="job"/>, or null when the job has no such file.</summary>
    public static IResultContent? Open(Job job, string name) => (job.Details, name) switch
    {
        (FaceSwapDetails { TargetIsVideo: false }, Image) => new PngImage(Seed(job.Id, name)),
        (FaceSwapDetails { TargetIsVideo: false }, _) => null,
        (HeadAnalysisDetails a, _) when IsHeadImage(a, name) => new PngImage(Seed(job.Id, name)),
        (HeadAnalysisDetails, _) => null,
        (_, Video) => new GeneratedVideo(Seed(job.Id, name), job.ResultSizeBytes),
        (TranslationDetails, NoCaptionVideo) => new GeneratedVideo(Seed(job.Id, name), job.ResultSizeBytes),
        (TranslationDetails t, OriginalSrt) => new TextContent(Subtitles.For(job.Id, t.SourceLanguage, translated: false), SrtContentType),
        (TranslationDetails t, TranslatedSrt) => new TextContent(Subtitles.For(job.Id, t.TargetLanguage, translated: true), SrtContentType),
        _ => null,
    };

    private static bool IsHeadImage(HeadAnalysisDetails analysis, string name) =>
        name.StartsWith(HeadSwapEndpoints.HeadImagePrefix, StringComparison.Ordinal) && name.EndsWith(".png", StringComparison.Ordinal) &&
        int.TryParse(name.AsSpan(HeadSwapEndpoints.HeadImagePrefix.Length, name.Length - HeadSwapEndpoints.HeadImagePrefix.Length - 4), out var i) &&
        i >= 0 && i < analysis.HeadCount;

    private static ulong Seed(string jobId, string name) => StableHash.Of(jobId + "/" + name);
}
