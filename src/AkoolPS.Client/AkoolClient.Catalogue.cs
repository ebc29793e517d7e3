using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>The largest page the voice list serves.</summary>
    public const int MaxVoicePageSize = 100;

    private volatile IReadOnlyList<LanguageInfo>? languages;

    /// <summary>The language list from the last time it was fetched, or null.</summary>
    public IReadOnlyList<LanguageInfo>? CachedLanguages => languages;

    /// <summary>The translation language list; fetched once per client unless <paramref name="refresh"/>.</summary>
    public async Task<IReadOnlyList<LanguageInfo>> GetLanguagesAsync(bool refresh, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (!refresh && languages is { } cached)
        {
            return cached;
        }

        var list = await connection.SendAsync(
            ApiCall.Get("api/open/v3/language/list"),
            root =>
            {
                var dto = Data(root).Deserialize(AkoolJsonContext.Default.LanguageListDto);
                return (IReadOnlyList<LanguageInfo>)(dto?.LangList ?? new List<LanguageDto>())
                    .Where(item => !string.IsNullOrEmpty(item.LangCode))
                    .Select(ModelMapper.ToLanguage)
                    .ToList();
            },
            cancellationToken).ConfigureAwait(false);
        languages = list;
        return list;
    }

    /// <summary>One page (1-based) of the v4 video-translation voice list.</summary>
    public Task<VoicePage> GetVoicePageAsync(string? languageCode, int page, int size, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(page), "Pages are numbered from 1.");
        }

        if (size is < 1 or > MaxVoicePageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"A page holds 1 to {MaxVoicePageSize} voices.");
        }

        var query = "page=" + page.ToString(CultureInfo.InvariantCulture) + "&size=" + size.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(languageCode))
        {
            query = "language_code=" + Uri.EscapeDataString(languageCode) + "&" + query;
        }

        return connection.SendAsync(
            ApiCall.Get("api/open/v4/voice/videoTranslation", query),
            root =>
            {
                var dto = Data(root).Deserialize(AkoolJsonContext.Default.VoicePageDto) ?? new VoicePageDto();
                var voices = (dto.Result ?? new List<VoiceDto>()).Select(ModelMapper.ToVoice).ToList();
                return new VoicePage { Page = dto.Page ?? page, Size = dto.Size ?? size, Count = dto.Count ?? voices.Count, Voices = voices };
            },
            cancellationToken);
    }

    /// <summary>The <c>data</c> object of a successful answer; a missing one is an answer of the wrong shape.</summary>
    private static JsonElement Data(JsonElement root) =>
        root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : throw new JsonException("The answer has no data object.");
}
