using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>One avatar of <c>GET /api/open/v3/avatar/list</c>, with the fields of the avatar page's sample.</summary>
internal sealed record Avatar(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("disabled")] bool Disabled,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("from")] int From,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("sort")] int Sort,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("avatar_id")] string AvatarId,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("modify_url")] string ModifyUrl,
    [property: JsonPropertyName("gender")] string Gender,
    [property: JsonPropertyName("thumbnailUrl")] string ThumbnailUrl,
    [property: JsonPropertyName("crop_arr")] IReadOnlyList<int> CropArr);
