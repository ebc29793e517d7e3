using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Json;

/// <summary>Reads VoiceLab's answers into the client's models, trusting none of their fields.</summary>
internal static class VoiceLabMapper
{
    public static VoiceLabVoice? ToVoice(JsonElement item, AkoolVoiceType type)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var dto = item.Deserialize(AkoolJsonContext.Default.LabVoiceDto);
        if (dto is null || string.IsNullOrWhiteSpace(dto.Id))
        {
            return null;
        }

        return new VoiceLabVoice
        {
            Id = dto.Id!,
            VoiceId = string.IsNullOrWhiteSpace(dto.VoiceId) ? null : dto.VoiceId,
            Type = type,
            Name = dto.Name,
            Gender = NullIfEmpty(dto.Gender),
            Language = NullIfEmpty(dto.Language),
            Locale = NullIfEmpty(dto.Locale),
            Model = NullIfEmpty(dto.VoiceModelName),
            Styles = Tags(dto.Style),
            Ages = Tags(dto.Age),
            Scenarios = Tags(dto.Scenario),
            PreviewUrl = HttpUri(dto.Preview),
            SupportsStreaming = dto.SupportStream,
            Status = ToStatus(dto.Status),
            Duration = dto.Duration is double ms && ms > 0 && ms < TimeSpan.MaxValue.TotalMilliseconds ? TimeSpan.FromMilliseconds(ms) : null,
            CreatedAt = ModelMapper.FromUnixMilliseconds(dto.CreateTime),
            ApiFields = JsonPlain.ToDictionary(item),
        };
    }

    /// <summary>A tts or change record: the create answer's data, or resource/detail's <c>result</c>.</summary>
    public static VideoJob ToResourceJob(JsonElement record, AkoolVideoKind kind)
    {
        var dto = record.ValueKind == JsonValueKind.Object ? record.Deserialize(AkoolJsonContext.Default.LabResourceDto) : null;
        if (dto is null || string.IsNullOrWhiteSpace(dto.Id))
        {
            throw new JsonException("The voice resource has no _id.");
        }

        var status = ToStatus(dto.Status);
        return new VideoJob
        {
            Id = dto.Id!,
            Kind = kind,
            Status = status,
            Progress = status == AkoolVideoStatus.Completed ? 100 : Rate(dto.Rate),
            ResultUrl = status == AkoolVideoStatus.Completed ? HttpUri(dto.Preview) : null,
            Language = NullIfEmpty(dto.LanguageCode),
            SourceUrl = HttpUri(dto.SourceVoiceFile),
            CreatedAt = ModelMapper.FromUnixMilliseconds(dto.CreateTime),
            Credits = dto.DeductionCredit is double c && c >= 0 ? c : null,
            WebhookUrl = HttpUri(dto.WebhookUrl),
            ApiFields = JsonPlain.ToDictionary(record),
        };
    }

    /// <summary>resource/detail: the record is under <c>result</c>.</summary>
    public static VideoJob FromResourceDetail(JsonElement data, AkoolVideoKind kind) =>
        ToResourceJob(data.TryGetProperty("result", out var result) ? result : throw new JsonException("The answer has no result."), kind);

    /// <summary>A clone as a job: the clone's record (create answer or voice/detail).</summary>
    public static VideoJob ToCloneJob(JsonElement data, AkoolVideoKind kind)
    {
        var voice = ToVoice(data, AkoolVoiceType.Clone) ?? throw new JsonException("The voice has no _id.");
        return new VideoJob
        {
            Id = voice.Id,
            Kind = kind,
            Status = voice.Status,
            Progress = voice.Status == AkoolVideoStatus.Completed ? 100 : null,
            ResultValue = voice.Status == AkoolVideoStatus.Completed ? voice.VoiceId : null,
            Language = voice.Locale,
            SourceUrl = data.TryGetProperty("source_voice_file", out var source) && source.ValueKind == JsonValueKind.String ? HttpUri(source.GetString()) : null,
            CreatedAt = voice.CreatedAt,
            WebhookUrl = data.TryGetProperty("webhookUrl", out var hook) && hook.ValueKind == JsonValueKind.String ? HttpUri(hook.GetString()) : null,
            ApiFields = voice.ApiFields,
        };
    }

    public static Uri? HttpUri(string? text) =>
        ModelMapper.ToUri(text) is { } uri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static int? Rate(string? rate) =>
        rate is not null && int.TryParse(rate.Trim().TrimEnd('%'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100 ? p : null;

    private static IReadOnlyList<string> Tags(List<string>? tags) =>
        tags is null ? Array.Empty<string>() : tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray();

    private static AkoolVideoStatus ToStatus(int? value) =>
        value is int s && s is >= 1 and <= 4 ? (AkoolVideoStatus)s : AkoolVideoStatus.Unknown;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
