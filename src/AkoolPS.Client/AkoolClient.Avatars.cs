using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>The largest (and default) page of the avatar list.</summary>
    public const int MaxAvatarPageSize = 100;

    /// <summary>
    /// One page (1-based) of Akool's avatar list, filtered by type and source (null: all). Akool answers a
    /// bare list, so the last page is the first one shorter than <paramref name="size"/>. Entries without an
    /// avatar id, or not readable as an avatar, are left out rather than failing the whole page.
    /// </summary>
    public Task<AvatarPage> GetAvatarPageAsync(AkoolAvatarType? type, AkoolAvatarSource? source, int page, int size, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(page), "Pages are numbered from 1.");
        }

        if (size is < 1 or > MaxAvatarPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"A page holds 1 to {MaxAvatarPageSize} avatars.");
        }

        var query = "page=" + page.ToString(CultureInfo.InvariantCulture) + "&size=" + size.ToString(CultureInfo.InvariantCulture);
        if (source is { } from)
        {
            query += "&from=" + ((int)from).ToString(CultureInfo.InvariantCulture);
        }

        if (type is { } kind)
        {
            query += "&type=" + ((int)kind).ToString(CultureInfo.InvariantCulture);
        }

        return connection.SendAsync(ApiCall.Get("api/open/v3/avatar/list", query), ReadAvatars, cancellationToken);
    }

    /// <summary>
    /// The avatar with this id (exact, as Akool spells it), read page by page from the avatar list until
    /// found; null when the list does not have it. Stops at a page that brings no new avatar, so a server
    /// that ignores the page number cannot keep it reading.
    /// </summary>
    public async Task<AvatarInfo?> FindAvatarAsync(string avatarId, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var result = await GetAvatarPageAsync(null, null, page, MaxAvatarPageSize, cancellationToken).ConfigureAwait(false);
            var fresh = 0;
            foreach (var avatar in result.Avatars)
            {
                if (seen.Add(avatar.AvatarId))
                {
                    fresh++;
                    if (string.Equals(avatar.AvatarId, avatarId, StringComparison.Ordinal))
                    {
                        return avatar;
                    }
                }
            }

            if (result.Entries < MaxAvatarPageSize || fresh == 0)
            {
                return null;
            }
        }
    }

    /// <summary>Creates a talking avatar video (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateTalkingAvatarAsync(TalkingAvatarRequest request, CancellationToken cancellationToken)
    {
        AvatarChecks.Check(request);
        return CreateAsync(
            "api/open/v3/talkingavatar/create",
            JsonSerializer.SerializeToUtf8Bytes(TalkingAvatarBody.Of(request), AkoolJsonContext.Default.TalkingAvatarBodyDto),
            data => ModelMapper.ToVideoJob(data, AkoolVideoKind.TalkingAvatar),
            new VideoJob { SourceUrl = request.AvatarUrl, WebhookUrl = request.WebhookUrl },
            cancellationToken);
    }

    /// <summary>Submits content to Akool's moderation (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateModerationAsync(ModerationRequest request, CancellationToken cancellationToken)
    {
        AvatarChecks.Check(request);
        var body = new ModerationBodyDto
        {
            Content = request.ContentType == AkoolContentType.Text ? request.Content : request.Content.Trim(),
            Type = (int)request.ContentType,
            Language = string.IsNullOrWhiteSpace(request.Language) ? null : request.Language!.Trim().ToLowerInvariant(),
            Input = string.IsNullOrWhiteSpace(request.Prompt) ? null : request.Prompt,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
        };
        var source = request.ContentType == AkoolContentType.Text ? null : ModelMapper.ToUri(body.Content);
        return CreateAsync(
            "api/open/v3/content/analysis/sentiment",
            JsonSerializer.SerializeToUtf8Bytes(body, AkoolJsonContext.Default.ModerationBodyDto),
            data => ModerationMapper.ToJob(data, AkoolVideoKind.Moderation),
            new VideoJob { SourceUrl = source, WebhookUrl = request.WebhookUrl },
            cancellationToken);
    }

    private static AvatarPage ReadAvatars(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The answer has no list of avatars.");
        }

        var avatars = new List<AvatarInfo>();
        foreach (var item in data.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && AvatarMapper.TryRead(item) is { } avatar)
            {
                avatars.Add(avatar);
            }
        }

        return new AvatarPage { Avatars = avatars, Entries = data.GetArrayLength() };
    }
}
