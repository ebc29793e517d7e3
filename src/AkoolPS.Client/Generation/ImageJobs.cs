using System;
using System.Text.Json;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Generation;

/// <summary>An image-generation job as createbyprompt, createbybutton and image infobymodelid show it (<c>image_status</c>, <c>image</c>).</summary>
internal static class ImageJobs
{
    public static VideoJob Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || GenerationJson.Text(item, "_id") is not { } id || string.IsNullOrWhiteSpace(id))
        {
            throw new JsonException("The image job has no _id.");
        }

        var status = GenerationJson.Number(item, "image_status") is double s && s is >= 1 and <= 4 && s == Math.Floor(s) ? (AkoolVideoStatus)(int)s : AkoolVideoStatus.Unknown;
        var failed = status == AkoolVideoStatus.Failed;
        return new VideoJob
        {
            Id = id.Trim(),
            Kind = AkoolVideoKind.Image,
            Status = status,
            Progress = status == AkoolVideoStatus.Completed ? 100 : null,
            VideoUrl = ModelMapper.ToUri(GenerationJson.Text(item, "image")),
            ErrorCode = failed && GenerationJson.Number(item, "error_code") is double code && Math.Abs(code) < 1e15 ? (long)code : null,
            ErrorReason = failed ? GenerationJson.Text(item, "error_reason") : null,
            CreatedAt = ModelMapper.FromUnixMilliseconds(GenerationJson.Number(item, "create_time")),
            Credits = GenerationJson.Number(item, "deduction_credit"),
            ApiFields = JsonPlain.ToDictionary(item),
        };
    }
}
