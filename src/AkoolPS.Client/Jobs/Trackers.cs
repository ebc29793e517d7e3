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
}
