namespace AkoolPS.Simulator;

/// <summary>One source-to-target pair of a multi-face swap, as sent (boxes are <c>[x1, y1, x2, y2]</c>).</summary>
internal sealed record FaceMappingPair(string SourceFaceUrl, IReadOnlyList<double>? SourceBox, string TargetFaceUrl, IReadOnlyList<double>? TargetBox);

/// <summary>A faceswapPlusByImage call. The target's file type decides whether the result is an image or a video.</summary>
internal sealed record FaceSwapDetails(
    string SourceUrl,
    string TargetUrl,
    string ModelStyle,
    bool FaceEnhance,
    bool SingleFaceMode,
    IReadOnlyList<FaceMappingPair> Mappings) : JobDetails
{
    /// <summary>The page names no price; one credit an image, and a video as the v3 videos (one per started 5 s).</summary>
    public const int ImageCredits = 1;

    private static readonly string[] VideoExtensions = [".mp4", ".mov", ".avi", ".webm", ".mkv", ".m4v"];

    public override JobKind Kind => JobKind.FaceSwap;

    public bool TargetIsVideo => IsVideoUrl(TargetUrl);

    public override int Credits => TargetIsVideo ? SourceLength.CreditsFor(SourceLength.SecondsOf(TargetUrl)) : ImageCredits;

    public override string ResultFile => TargetIsVideo ? ResultFiles.Video : ResultFiles.Image;

    /// <summary>By the path's extension, as Akool's own media type detection starts.</summary>
    public static bool IsVideoUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        VideoExtensions.Any(ext => uri.AbsolutePath.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A characterSwap/create call: 5/10/15 credits per started 5 seconds at 480p/720p/1080p.</summary>
internal sealed record CharacterSwapDetails(
    string ImageUrl,
    string VideoUrl,
    string Mode,
    string Resolution,
    double? Duration,
    string Prompt,
    string ModelName) : JobDetails
{
    public override JobKind Kind => JobKind.CharacterSwap;

    /// <summary>The length asked for, or the source's (measured, as the page says) when none was given.</summary>
    public double VideoDuration => Duration ?? Math.Min(120, SourceLength.SecondsOf(VideoUrl));

    public override int Credits => (int)Math.Ceiling(VideoDuration / 5) * UnitCredit(Resolution);

    public string FileName(long createTime) => $"CharacterSwap_{createTime}.mp4";

    public static int UnitCredit(string resolution) => resolution switch
    {
        "480p" => 5,
        "1080p" => 15,
        _ => 10,
    };
}

/// <summary>A headswap/analyze call: free, it finds the heads of a video.</summary>
internal sealed record HeadAnalysisDetails(string VideoUrl) : JobDetails
{
    public override JobKind Kind => JobKind.HeadAnalysis;

    public override int Credits => 0;

    /// <summary>1 to 3 heads, stable per URL.</summary>
    public int HeadCount => 1 + (int)(StableHash.Of("heads:" + VideoUrl) % 3);

    /// <summary>The page: about 3 to 20 seconds.</summary>
    public double VideoDuration => 3 + (StableHash.Of(VideoUrl) % 1700 / 100.0);
}

/// <summary>A headswap/task/create call, made from a completed analysis of the same video URL.</summary>
internal sealed record HeadSwapDetails(
    string VideoUrl,
    IReadOnlyList<(int ObjId, string ImageUrl)> Mappings,
    string ModelName,
    string Resolution,
    bool KeepOriginalSound,
    string TemplateId,
    double VideoDuration) : JobDetails
{
    /// <summary>The failure code Akool's head swap reports (its error-code table: 2001 head swap failed).</summary>
    public const int FailureCode = 2001;

    public override JobKind Kind => JobKind.HeadSwap;

    /// <summary>The docs' sample locks 100 for 10 s at 720p: 10 a second at 720p, 5 at 480p.</summary>
    public int DeductionLockDuration => (int)Math.Ceiling(VideoDuration) * (Resolution == "480p" ? 5 : 10);

    public override int Credits => DeductionLockDuration;

    public string FileName(long createTime) => $"Headswap_{createTime}.mp4";
}
