using System.Collections.Generic;
using System.Text.Json;

namespace AkoolPS.Client.Json;

/// <summary>
/// Turns JSON into plain .NET values (dictionaries, arrays, strings, numbers, booleans) so that
/// the fields a model does not name stay readable without exposing JSON types to callers.
/// </summary>
internal static class JsonPlain
{
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => ToArray(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(System.StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToPlain(property.Value);
        }

        return result;
    }

    public static IReadOnlyDictionary<string, object?> ToDictionary(Dictionary<string, JsonElement>? extra)
    {
        if (extra is null || extra.Count == 0)
        {
            return Models.VideoJob.EmptyFields;
        }

        var result = new Dictionary<string, object?>(extra.Count, System.StringComparer.Ordinal);
        foreach (var pair in extra)
        {
            result[pair.Key] = ToPlain(pair.Value);
        }

        return result;
    }

    private static object?[] ToArray(JsonElement element)
    {
        var result = new object?[element.GetArrayLength()];
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            result[i++] = ToPlain(item);
        }

        return result;
    }
}
