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

    /// <summary>The <c>data</c> object of a successful answer; a missing one is an answer of the wrong shape.</summary>
    private static JsonElement Data(JsonElement root) =>
        root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : throw new JsonException("The answer has no data object.");
}
