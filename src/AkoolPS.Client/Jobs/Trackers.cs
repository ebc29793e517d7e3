using System;
using System.Text.Json;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;

namespace AkoolPS.Client.Jobs;

/// <summary>Akool's status calls, one instance each; the registry (<see cref="JobKinds"/>) says which kind uses which.</summary>
internal static class Trackers
{
    /// <summary>How many ids one resultsByIds call takes.</summary>
    internal const int IdsPerBatch = 50;

    /// <summary><c>GET /api/open/v3/content/video/infobymodelid</c>: the v3 video jobs.</summary>
    public static readonly JobTracker VideoInfo = new SingleJobTracker(
        "GET /api/open/v3/content/video/infobymodelid",
        id => ApiCall.Get("api/open/v3/content/video/infobymodelid", "video_model_id=" + Uri.EscapeDataString(id)),
        ModelMapper.ToVideoJob);

    /// <summary><c>POST /api/open/v4/image2Video/resultsByIds</c>: image and text to video, up to 50 ids a call.</summary>
    public static readonly JobTracker ImageVideoResults = new BatchJobTracker(
        "POST /api/open/v4/image2Video/resultsByIds",
        IdsPerBatch,
        ids => ApiCall.PostRead(
            "api/open/v4/image2Video/resultsByIds",
            JsonSerializer.SerializeToUtf8Bytes(new IdListDto { Ids = ids }, AkoolJsonContext.Default.IdListDto)),
        BatchJobTracker.ArrayOf("result"),
        ModelMapper.ToImageVideoJob);

    /// <summary><c>GET /api/open/v4/voice/resource/detail/{_id}</c>: VoiceLab's speech and voice changes (the audio is <c>preview</c>).</summary>
    public static readonly JobTracker VoiceResource = new SingleJobTracker(
        "GET /api/open/v4/voice/resource/detail",
        id => ApiCall.Get("api/open/v4/voice/resource/detail/" + Uri.EscapeDataString(id)),
        VoiceLabMapper.FromResourceDetail);

    /// <summary><c>GET /api/open/v4/voice/detail/{_id}</c>: VoiceLab's voice clones (the voice_id appears when done).</summary>
    public static readonly JobTracker VoiceDetail = new SingleJobTracker(
        "GET /api/open/v4/voice/detail",
        id => ApiCall.Get("api/open/v4/voice/detail/" + Uri.EscapeDataString(id)),
        VoiceLabMapper.ToCloneJob);

    /// <summary><c>GET /api/open/v3/content/image/infobymodelid</c>: generated images (<c>image_status</c>, <c>image</c>).</summary>
    public static readonly JobTracker ImageInfo = new SingleJobTracker(
        "GET /api/open/v3/content/image/infobymodelid",
        id => ApiCall.Get("api/open/v3/content/image/infobymodelid", "image_model_id=" + Uri.EscapeDataString(id)),
        Generation.ImageJobs.Fields.Reader);

    /// <summary><c>GET /api/open/v3/content/analysis/infobyid</c>: Jarvis Moderator's content analyses.</summary>
    public static readonly JobTracker ModerationInfo = new SingleJobTracker(
        "GET /api/open/v3/content/analysis/infobyid",
        id => ApiCall.Get("api/open/v3/content/analysis/infobyid", "_id=" + Uri.EscapeDataString(id)),
        ModerationMapper.ToJob);

    /// <summary><c>GET /api/open/v3/faceswap/result/listbyids?_ids=a,b</c>: face swaps, up to 50 ids a call (<c>faceswap_status</c>, <c>url</c>).</summary>
    public static readonly JobTracker FaceSwapResults = new BatchJobTracker(
        "GET /api/open/v3/faceswap/result/listbyids",
        IdsPerBatch,
        ids => ApiCall.Get("api/open/v3/faceswap/result/listbyids", "_ids=" + Uri.EscapeDataString(ids)),
        BatchJobTracker.ArrayOf("result"),
        new JobFields { Status = "faceswap_status", Result = "url", Credits = "deduction_duration" }.Reader);

    /// <summary><c>GET /api/open/v4/headswap/task/detail?_id=</c>: head swaps (<c>status</c>, <c>video_url</c>).</summary>
    public static readonly JobTracker HeadSwapTasks = new SingleJobTracker(
        "GET /api/open/v4/headswap/task/detail",
        id => ApiCall.Get("api/open/v4/headswap/task/detail", "_id=" + Uri.EscapeDataString(id)),
        new JobFields { Status = "status", Result = "video_url", Source = "source_video_url", Credits = "deduction_duration" }.Reader);
}
