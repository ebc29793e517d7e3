using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Json;

/// <summary>The create-translation call's body and answer.</summary>
internal static class TranslationBody
{
    public static TranslationBodyDto From(TranslationRequest request)
    {
        var studio = request.Style is null && request.NoTranslateWords is null && request.FixedWords is null && request.PronouncedWords is null
            ? null
            : new StudioVoiceDto
            {
                Style = request.Style is { } style ? Wire(style) : null,
                NoTranslateWords = request.NoTranslateWords?.ToList(),
                FixedWords = request.FixedWords?.ToDictionary(p => p.Key, p => p.Value),
                PronouncedWords = request.PronouncedWords?.ToDictionary(p => p.Key, p => p.Value),
            };
        return new TranslationBodyDto
        {
            Url = request.Url.AbsoluteUri,
            SourceLanguage = request.SourceLanguage,
            Language = string.Join(",", request.Languages),
            LipSync = request.LipSync,
            WebhookUrl = request.WebhookUrl?.AbsoluteUri,
            SpeakerNum = request.SpeakerCount,
            RemoveBgm = request.RemoveBackgroundMusic,
            CaptionType = request.CaptionType is { } caption ? Wire(caption) : null,
            CaptionUrl = request.CaptionUrl?.AbsoluteUri,
            StudioVoice = studio,
            DynamicDuration = request.DynamicDuration,
        };
    }

    /// <summary>Akool's caption_type: the enum's value is Akool's number.</summary>
    public static int Wire(AkoolCaptionType caption) => (int)caption;

    /// <summary>Akool's studio_voice.style: the enum's name in lower case.</summary>
    public static string Wire(AkoolVoiceStyle style) => style.ToString().ToLowerInvariant();

    /// <summary>
    /// One outcome per language: from <c>all_results</c> when Akool sends it (several languages),
    /// else from <c>data</c>. What the answer leaves out is taken from the request.
    /// </summary>
    public static IReadOnlyList<CreateOutcome> ReadOutcomes(JsonElement root, TranslationRequest request)
    {
        var template = new VideoJob
        {
            Kind = AkoolVideoKind.Translation,
            SourceLanguage = request.SourceLanguage ?? "DEFAULT",
            SourceUrl = request.Url,
            WebhookUrl = request.WebhookUrl,
        };
        var outcomes = new List<CreateOutcome>();
        if (root.TryGetProperty("all_results", out var all) && all.ValueKind == JsonValueKind.Array && all.GetArrayLength() > 0)
        {
            var index = 0;
            foreach (var item in all.EnumerateArray())
            {
                var fallbackLanguage = index < request.Languages.Count ? request.Languages[index] : string.Empty;
                outcomes.Add(ReadOne(item, fallbackLanguage, template));
                index++;
            }

            return outcomes;
        }

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            outcomes.Add(Job(data, request.Languages[0], template));
            return outcomes;
        }

        throw new JsonException("The answer has neither data nor all_results.");
    }

    private static CreateOutcome ReadOne(JsonElement item, string fallbackLanguage, VideoJob template)
    {
        var code = item.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : AkoolCodes.Success;
        if (code != AkoolCodes.Success)
        {
            var message = item.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return new CreateOutcome
            {
                Label = fallbackLanguage,
                Error = new AkoolApiException(code, message, "/api/open/v3/content/video/createbytranslate", 200),
            };
        }

        return item.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? Job(data, fallbackLanguage, template)
            : throw new JsonException("An entry of all_results has no data.");
    }

    private static CreateOutcome Job(JsonElement data, string fallbackLanguage, VideoJob template)
    {
        var job = ModelMapper.ToVideoJob(data, AkoolVideoKind.Translation);
        var language = job.Language ?? fallbackLanguage;
        var withRequest = new VideoJob
        {
            Kind = template.Kind,
            Language = language,
            SourceLanguage = template.SourceLanguage,
            SourceUrl = template.SourceUrl,
            WebhookUrl = template.WebhookUrl,
        };
        return new CreateOutcome { Label = language, Job = job.Over(withRequest) };
    }
}
