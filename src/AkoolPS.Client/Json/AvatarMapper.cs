using System;
using System.Text.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Json;

/// <summary>Avatar list entries to <see cref="AvatarInfo"/>, trusting nothing: links must be http(s), enums known.</summary>
internal static class AvatarMapper
{
    /// <summary>The avatar, or null when the entry has no avatar id or fields of the wrong type.</summary>
    public static AvatarInfo? TryRead(JsonElement item)
    {
        AvatarDto? dto;
        try
        {
            dto = item.Deserialize(AkoolJsonContext.Default.AvatarDto);
        }
        catch (JsonException)
        {
            return null;
        }

        if (dto is null || string.IsNullOrWhiteSpace(dto.AvatarId))
        {
            return null;
        }

        return new AvatarInfo
        {
            AvatarId = dto.AvatarId!,
            EntryId = dto.Id,
            Name = dto.Name,
            Type = dto.Type is int t && Enum.IsDefined(typeof(AkoolAvatarType), t) ? (AkoolAvatarType)t : AkoolAvatarType.Unknown,
            Source = dto.From is int f && Enum.IsDefined(typeof(AkoolAvatarSource), f) ? (AkoolAvatarSource)f : AkoolAvatarSource.Unknown,
            Status = dto.Status is int s && s is >= 1 and <= 4 ? (AkoolVideoStatus)s : null,
            Url = HttpUri(dto.Url),
            ThumbnailUrl = HttpUri(dto.ThumbnailUrl),
            Gender = dto.Gender,
            CreatedAt = ModelMapper.FromUnixMilliseconds(dto.CreateTime),
            AdditionalFields = JsonPlain.ToDictionary(dto.Extra),
        };
    }

    /// <summary>An absolute http(s) link, or null: a preview link must be safe to open or download.</summary>
    public static Uri? HttpUri(string? text) =>
        ModelMapper.ToUri(text) is { } uri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
