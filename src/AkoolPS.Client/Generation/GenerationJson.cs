using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Generation;

/// <summary>
/// The wire shapes of the generation calls: the bodies sent (only the fields given are written) and
/// tolerant reads of the answers, where a field of the wrong type counts as absent and a list entry
/// without a name or code is skipped.
/// </summary>
internal static class GenerationJson
{
    /// <summary>The model list's <c>type</c> of each kind that has models.</summary>
    public static readonly IReadOnlyDictionary<AkoolVideoKind, int> ModelTypes = new Dictionary<AkoolVideoKind, int>
    {
        [AkoolVideoKind.ImageToVideo] = 1501,
        [AkoolVideoKind.TextToVideo] = 1502,
        [AkoolVideoKind.CharacterSwap] = 2101,
    };

    public static byte[] Body(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The body of either batch call (image or text to video).</summary>
    public static byte[] BatchBody(ModelVideoRequest request) => Body(w =>
    {
        if (request.Kind == AkoolVideoKind.ImageToVideo)
        {
            w.WriteString("image_url", request.ImageUrl!.AbsoluteUri);
        }

        w.WriteString("prompt", request.Prompt);
        w.WriteString("model_name", request.Model.Name);
        Optional(w, "negative_prompt", string.IsNullOrEmpty(request.NegativePrompt) ? null : request.NegativePrompt);
        if (request.ExtendPrompt is bool extend)
        {
            w.WriteBoolean("extend_prompt", extend);
        }

        Optional(w, "resolution", request.Model.Resolution(request.EffectiveResolution ?? string.Empty)?.Name ?? request.EffectiveResolution);
        if (request.EffectiveLength is int length)
        {
            w.WriteNumber("video_length", length);
        }

        Optional(w, "last_image_url", request.LastImageUrl?.AbsoluteUri);
        w.WriteNumber("count", request.Count);
        if (request.GenerateAudio is bool audio)
        {
            w.WriteBoolean("generate_audio", audio);
        }

        Optional(w, "webhookurl", request.WebhookUrl?.AbsoluteUri);
    });

    public static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The model list's <c>data</c> array: entries without a name, or of a type this version does not know, are left out.</summary>
    public static IReadOnlyList<AiModelInfo> ReadModels(JsonElement root)
    {
        var models = new List<AiModelInfo>();
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The answer has no data list.");
        }

        foreach (var item in data.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || Text(item, "value") is not { Length: > 0 } name || Kind(Number(item, "type")) is not { } kind)
            {
                continue;
            }

            models.Add(new AiModelInfo
            {
                Name = name,
                Kind = kind,
                Label = Text(item, "label") ?? name,
                Provider = Text(item, "provider"),
                Description = Text(item, "description"),
                Resolutions = Resolutions(item),
                Lengths = Lengths(item),
                MaxCount = Number(item, "maxCount") is double max && max >= 1 && max <= 1000 ? (int)max : null,
                SupportsLastFrame = Bool(item, "supportedLastFrame"),
                SupportsAudio = Bool(item, "generate_audio"),
                SupportsExtendPrompt = Bool(item, "supportedExtendPrompt"),
                IsPro = Bool(item, "isPro"),
                RequiresPay = Bool(item, "requiresPay"),
                Sort = Number(item, "sort") is double sort && Math.Abs(sort) < int.MaxValue ? (int)sort : 0,
                ApiFields = JsonPlain.ToDictionary(item),
            });
        }

        models.Sort((a, b) => b.Sort.CompareTo(a.Sort));
        return models;
    }

    /// <summary>The effects' <c>data.result</c> list: entries without a code are left out.</summary>
    public static IReadOnlyList<EffectInfo> ReadEffects(JsonElement data)
    {
        var effects = new List<EffectInfo>();
        if (data.TryGetProperty("result", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && Text(item, "effect_code") is { Length: > 0 } code)
                {
                    effects.Add(new EffectInfo
                    {
                        Code = code,
                        Name = Text(item, "name") ?? code,
                        PreviewUrl = ModelMapper.ToUri(Text(item, "video_url")),
                        LogoUrl = ModelMapper.ToUri(Text(item, "logo")),
                    });
                }
            }
        }

        return effects;
    }

    public static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static double? Number(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        return value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed) && !double.IsInfinity(parsed)
            ? parsed
            : null;
    }

    public static bool Bool(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static AkoolVideoKind? Kind(double? type)
    {
        foreach (var pair in ModelTypes)
        {
            if (type == pair.Value)
            {
                return pair.Key;
            }
        }

        return null;
    }

    private static IReadOnlyList<ModelResolution> Resolutions(JsonElement item)
    {
        var resolutions = new List<ModelResolution>();
        if (item.TryGetProperty("resolutionList", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && Text(entry, "value") is { Length: > 0 } value)
                {
                    resolutions.Add(new ModelResolution
                    {
                        Name = value,
                        Width = Pixels(Number(entry, "width")),
                        Height = Pixels(Number(entry, "height")),
                        UnitCredit = Number(entry, "unit_credit") is double price && price >= 0 && price < 1e9 ? price : null,
                    });
                }
            }
        }

        return resolutions;
    }

    private static int? Pixels(double? value) => value is double v && v >= 1 && v <= 100_000 ? (int)v : null;

    private static IReadOnlyList<int> Lengths(JsonElement item)
    {
        var lengths = new List<int>();
        if (item.TryGetProperty("durationList", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Number && entry.TryGetInt32(out var seconds) && seconds is > 0 and <= 3600)
                {
                    lengths.Add(seconds);
                }
            }
        }

        return lengths;
    }
}
