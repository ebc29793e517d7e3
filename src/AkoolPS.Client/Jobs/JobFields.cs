using System;
using System.Globalization;
using System.Text.Json;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Jobs;

/// <summary>
/// The names Akool gives a job's fields in one product's answers. Most products differ only in these
/// (v3 videos say <c>video_status</c> and <c>video</c>, images <c>image_status</c> and <c>image</c>, face swap
/// <c>faceswap_status</c> and <c>url</c>), so one tolerant reader serves them all: numbers may come as
/// strings, a field of the wrong type counts as absent, and only a missing id is an error.
/// </summary>
internal sealed class JobFields
{
    /// <summary>The id; <see cref="FallbackId"/> is read when it is absent.</summary>
    public string Id { get; init; } = "_id";

    /// <summary>Read when <see cref="Id"/> is absent (webhooks and some answers say <c>video_id</c>).</summary>
    public string? FallbackId { get; init; } = "video_id";

    /// <summary>The status, 1 to 4.</summary>
    public string Status { get; init; } = "status";

    /// <summary>The result link.</summary>
    public string Result { get; init; } = "url";

    /// <summary>Per cent done, when the product says.</summary>
    public string? Progress { get; init; } = "progress";

    /// <summary>The source the job was made from, when the product echoes it.</summary>
    public string? Source { get; init; }

    public string ErrorCode { get; init; } = "error_code";

    public string ErrorReason { get; init; } = "error_reason";

    /// <summary>Another name for the reason (image to video says <c>error_msg</c>).</summary>
    public string? ErrorMessage { get; init; } = "error_msg";

    public string CreateTime { get; init; } = "create_time";

    /// <summary>Credits charged.</summary>
    public string? Credits { get; init; } = "deduction_credit";

    public string WebhookUrl { get; init; } = "webhookUrl";

    /// <summary>This shape as a reader for the registry.</summary>
    public JobReader Reader => Read;

    /// <summary>Reads a job of this shape; anything further a kind needs is laid on by its own reader.</summary>
    public VideoJob Read(JsonElement item, AkoolVideoKind kind)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The job is not an object.");
        }

        var id = Text(item, Id) ?? (FallbackId is null ? null : Text(item, FallbackId));
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new JsonException("The job has no " + Id + ".");
        }

        var status = Number(item, Status) is double s && s is >= 1 and <= 4 && s == Math.Floor(s) ? (AkoolVideoStatus)(int)s : AkoolVideoStatus.Unknown;
        var failed = status == AkoolVideoStatus.Failed;
        return new VideoJob
        {
            Id = id!.Trim(),
            Kind = kind,
            Status = status,
            Progress = Progress is not null && Number(item, Progress) is double p && !double.IsNaN(p)
                ? (int)Math.Round(Math.Max(0, Math.Min(100, p)))
                : status == AkoolVideoStatus.Completed ? 100 : null,
            ResultUrl = ModelMapper.ToUri(Text(item, Result)),
            SourceUrl = Source is null ? null : ModelMapper.ToUri(Text(item, Source)),
            ErrorCode = failed && Number(item, ErrorCode) is double code && Math.Abs(code) < 1e15 ? (long)code : null,
            ErrorReason = failed ? Text(item, ErrorReason) ?? (ErrorMessage is null ? null : Text(item, ErrorMessage)) : null,
            CreatedAt = ModelMapper.FromUnixMilliseconds(Number(item, CreateTime)),
            Credits = Credits is null ? null : Number(item, Credits),
            WebhookUrl = ModelMapper.ToUri(Text(item, WebhookUrl)),
            ApiFields = JsonPlain.ToDictionary(item),
        };
    }

    /// <summary>A string field; a number is given as its text; anything else, or an empty string, is absent.</summary>
    public static string? Text(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A number field; a string holding a number counts; anything else is absent.</summary>
    public static double? Number(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && !double.IsInfinity(number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && !double.IsInfinity(parsed) && !double.IsNaN(parsed)
                ? parsed
                : null;
    }
}
