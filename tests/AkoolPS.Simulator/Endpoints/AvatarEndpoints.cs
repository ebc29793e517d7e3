using System.Globalization;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// The talking avatar area: <c>GET /api/open/v3/avatar/list</c> (the catalogue, paged, filtered by
/// <c>from</c> and <c>type</c>) and <c>POST /api/open/v3/talkingavatar/create</c> (a job tracked by infobymodelid).
/// </summary>
internal static class AvatarEndpoints
{
    private const int DefaultPageSize = 100;

    public static void Map(RouteGroupBuilder open)
    {
        open.MapGet("/v3/avatar/list", List);
        open.MapPost("/v3/talkingavatar/create", CreateAsync);
    }

    /// <summary>
    /// 1-based pages of <c>size</c> (default 100, at most 100); <c>data</c> is the bare array of the page,
    /// as documented, so a client knows it has read everything when a page comes back short.
    /// </summary>
    private static AkoolResult List(HttpContext context)
    {
        var query = context.Request.Query;
        var from = QueryInt(query, "from");
        Require.That(from is null or AvatarCatalogue.Official or AvatarCatalogue.Uploaded, "from must be 2 (Akool's avatars) or 3 (your uploads)");
        var type = QueryInt(query, "type");
        Require.That(type is null or AvatarCatalogue.Talking or AvatarCatalogue.Streaming, "type must be 1 (talking avatar) or 2 (streaming avatar)");
        var page = QueryInt(query, "page") ?? 1;
        Require.That(page >= 1, "page must be 1 or more");
        var size = QueryInt(query, "size") ?? DefaultPageSize;
        Require.That(size is >= 1 and <= DefaultPageSize, $"size must be between 1 and {DefaultPageSize}");

        var avatars = AvatarCatalogue.Filter(from, type);
        return AkoolResult.Ok(avatars.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size).ToList());
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var request = TalkingAvatarRequestValidator.Validate(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(new Created(job.Id, SimulatorAccount.Uid, job.VideoId, job.VideoId, JobStatus.Queued, string.Empty, job.CreatedAt));
    }

    private static int? QueryInt(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RequestValidationException($"{name} must be an integer");
    }

    /// <summary>The create answer of the talking avatar page's sample.</summary>
    private sealed record Created(
        [property: JsonPropertyName("_id")] string Id,
        [property: JsonPropertyName("uid")] int Uid,
        [property: JsonPropertyName("video_id")] string VideoId,
        [property: JsonPropertyName("task_id")] string TaskId,
        [property: JsonPropertyName("video_status")] int VideoStatus,
        [property: JsonPropertyName("video")] string Video,
        [property: JsonPropertyName("create_time")] long CreateTime);
}
