using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Json;

/// <summary>Turns Akool's wire shapes into the client's typed models.</summary>
internal static class ModelMapper
{
    public static LanguageInfo ToLanguage(LanguageDto dto) => new()
    {
        Name = dto.LangName ?? dto.LangCode ?? string.Empty,
        Code = dto.LangCode ?? string.Empty,
        FlagUrl = ToUri(dto.Url),
        AdditionalFields = JsonPlain.ToDictionary(dto.Extra),
    };

    /// <summary>A v3 job (create answer or infobymodelid) from its JSON object.</summary>
    public static VideoJob ToVideoJob(JsonElement data, AkoolVideoKind kind)
    {
        var dto = data.Deserialize(AkoolJsonContext.Default.VideoInfoDto) ?? new VideoInfoDto();
        if (string.IsNullOrEmpty(dto.Id))
        {
            throw new JsonException("The job has no _id.");
        }

        var status = ToStatus(dto.VideoStatus);
        return new VideoJob
        {
            Id = dto.Id!,
            Kind = kind,
            Status = status,
            Progress = dto.Progress is double p ? (int)Math.Round(Math.Max(0, Math.Min(100, p))) : status == AkoolVideoStatus.Completed ? 100 : null,
            ResultUrl = ToUri(dto.Video),
            Language = NullIfEmpty(dto.Language),
            SourceLanguage = NullIfEmpty(dto.SourceLanguage),
            SourceUrl = ToUri(dto.TargetVideo) ?? ToUri(dto.TalkingPhoto),
            ErrorCode = status == AkoolVideoStatus.Failed ? dto.ErrorCode : null,
            ErrorReason = status == AkoolVideoStatus.Failed ? NullIfEmpty(dto.ErrorReason) ?? NullIfEmpty(dto.FaceswapFailReason) : null,
            CreatedAt = FromUnixMilliseconds(dto.CreateTime),
            Credits = dto.DeductionDuration ?? dto.DeductionLockDuration,
            Subtitles = ToSubtitles(dto.AudioSplits),
            WebhookUrl = ToUri(dto.WebhookUrl),
            ApiFields = JsonPlain.ToDictionary(data),
        };
    }

    /// <summary>An image-to-video job from its JSON object (its fields are named differently from v3).</summary>
    public static VideoJob ToImageVideoJob(JsonElement data) => ToImageVideoJob(data, AkoolVideoKind.ImageToVideo);

    /// <summary>An image- or text-to-video job from its JSON object (resultsByIds answers for both).</summary>
    public static VideoJob ToImageVideoJob(JsonElement data, AkoolVideoKind kind)
    {
        var dto = data.Deserialize(AkoolJsonContext.Default.ImageVideoDto) ?? new ImageVideoDto();
        if (string.IsNullOrEmpty(dto.Id))
        {
            throw new JsonException("The job has no _id.");
        }

        var status = ToStatus(dto.Status);
        return new VideoJob
        {
            Id = dto.Id!,
            Kind = kind,
            Status = status,
            Progress = status == AkoolVideoStatus.Completed ? 100 : null,
            ResultUrl = ToUri(dto.VideoUrl),
            DerivedFromId = NullIfEmpty(dto.PreVideoId),
            SourceUrl = ToUri(dto.ImageUrl),
            ErrorCode = status == AkoolVideoStatus.Failed ? dto.ErrorCode : null,
            ErrorReason = status == AkoolVideoStatus.Failed ? NullIfEmpty(dto.ErrorReason) ?? NullIfEmpty(dto.ErrorMessage) : null,
            CreatedAt = FromUnixMilliseconds(dto.CreateTime),
            Credits = dto.DeductionCredit,
            WebhookUrl = ToUri(dto.WebhookUrl),
            ApiFields = JsonPlain.ToDictionary(data),
        };
    }

    public static Uri? ToUri(string? text) =>
        !string.IsNullOrWhiteSpace(text) && Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var uri) ? uri : null;

    public static DateTimeOffset? FromUnixMilliseconds(double? milliseconds)
    {
        if (milliseconds is not double ms || ms <= 0)
        {
            return null;
        }

        // Some Akool services send seconds; anything before 2001 in milliseconds is taken as seconds.
        var value = ms < 1e12 ? ms * 1000 : ms;
        return value > 253402300799999 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)value);
    }

    private static SubtitleLinks? ToSubtitles(AudioSplitsDto? dto)
    {
        if (dto is null)
        {
            return null;
        }

        var links = new SubtitleLinks
        {
            OriginalSrtUrl = ToUri(dto.OriginalSrtUrl),
            TranslatedSrtUrl = ToUri(dto.TranslatedSrtUrl),
            NoCaptionVideoUrl = ToUri(dto.NoCaptionVideoUrl),
        };
        return links.OriginalSrtUrl is null && links.TranslatedSrtUrl is null && links.NoCaptionVideoUrl is null ? null : links;
    }

    private static AkoolVideoStatus ToStatus(int? value) =>
        value is int s && s is >= 1 and <= 4 ? (AkoolVideoStatus)s : AkoolVideoStatus.Unknown;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
