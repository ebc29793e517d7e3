using System.Globalization;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// The catalogue reads: the translation languages (v3) and the translation voices (v4). Akool removed the
/// voice list on 2025-11-25; unless <see cref="SimulatorConfig.LegacyVoiceList"/> is on, it answers as a
/// removed route: HTTP 404 with <c>{"code":404,"msg":"Cannot GET ..."}</c>.
/// </summary>
internal static class CatalogueEndpoints
{
    private const int DefaultPageSize = 100;

    public static void Map(RouteGroupBuilder open)
    {
        open.MapGet("/v3/language/list", () => AkoolResult.Ok(new LanguageList(LanguageCatalogue.All)));
        open.MapGet("/v4/voice/videoTranslation", ListVoices);
    }

    /// <summary>1-based pages; the size is clamped to 1..100 rather than refused, and count is the total after filtering.</summary>
    private static IResult ListVoices(HttpContext context, SimulatorState state)
    {
        if (!state.Config.LegacyVoiceList)
        {
            return Results.Json(new RemovedRoute(404, $"Cannot GET {context.Request.Path}"), statusCode: StatusCodes.Status404NotFound);
        }

        var query = context.Request.Query;
        var language = query["language_code"].ToString() is { Length: > 0 } code ? code : null;
        var page = Math.Max(1, QueryInt(query, "page") ?? 1);
        var size = Math.Clamp(QueryInt(query, "size") ?? DefaultPageSize, 1, DefaultPageSize);

        var catalogue = VoiceCatalogue.For(state.Config.VoiceCount);
        var count = catalogue.CountFor(language);
        var first = (long)(page - 1) * size;
        var voices = new List<Voice>();
        for (var position = first; position < Math.Min(count, first + size); position++)
        {
            voices.Add(catalogue.At(language, position));
        }

        return AkoolResult.Ok(new VoicePage(page, size, count, voices));
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

    private sealed record RemovedRoute([property: JsonPropertyName("code")] int Code, [property: JsonPropertyName("msg")] string Msg);

    private sealed record LanguageList([property: JsonPropertyName("lang_list")] IReadOnlyList<Language> Languages);

    private sealed record VoicePage(
        [property: JsonPropertyName("page")] int Page,
        [property: JsonPropertyName("size")] int Size,
        [property: JsonPropertyName("count")] long Count,
        [property: JsonPropertyName("result")] IReadOnlyList<Voice> Result);
}
