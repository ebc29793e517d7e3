using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// The typed reads VoiceLab needs beyond <see cref="JsonFields"/>: numbers in a range, string arrays, and a
/// refusal of fields the official page does not list, so a misspelt option is a 1003 rather than ignored.
/// </summary>
internal static class VoiceLabFields
{
    public static void OnlyKnown(JsonElement obj, IReadOnlyCollection<string> known, string? parent = null)
    {
        foreach (var field in obj.EnumerateObject())
        {
            Require.That(known.Contains(field.Name), $"{Display(field.Name, parent)} is not a field of this call");
        }
    }

    public static double? Number(JsonElement obj, string name, string parent, double min, double max)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        var number = value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw JsonFields.WrongType(Display(name, parent), "a number");
        Require.That(number >= min && number <= max, $"{Display(name, parent)} must be between {min} and {max} (not {number})");
        return number;
    }

    public static int? Int(JsonElement obj, string name, string parent, int min, int max)
    {
        var number = JsonFields.OptionalInt(obj, name, parent);
        Require.That(number is null || (number >= min && number <= max), $"{Display(name, parent)} must be between {min} and {max} (not {number})");
        return number;
    }

    public static string? OneOf(JsonElement obj, string name, string? parent, IReadOnlyCollection<string> allowed)
    {
        var text = JsonFields.OptionalString(obj, name, parent);
        if (text is not null)
        {
            Require.OneOf(text, allowed, Display(name, parent));
        }

        return text;
    }

    public static IReadOnlyList<string> Strings(JsonElement obj, string name, string? parent)
    {
        if (JsonFields.OptionalArray(obj, name, parent) is not { } array)
        {
            return [];
        }

        return [.. array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
            ? item.GetString()!
            : throw JsonFields.WrongType($"{Display(name, parent)}[]", "a string"))];
    }

    /// <summary>An ISO 639-1 code as the page shows them ("en", "pt"; also "fil" and "yue").</summary>
    public static string? LanguageCode(JsonElement obj, string name, string? parent = null)
    {
        var code = JsonFields.OptionalString(obj, name, parent);
        Require.That(code is null || (code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower)), $"{Display(name, parent)} must be an ISO 639-1 language code such as \"en\" (not \"{code}\")");
        return code;
    }

    /// <summary>Every field of an object, as plain values, for echoing back.</summary>
    public static Dictionary<string, object> Echo(JsonElement obj)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in obj.EnumerateObject())
        {
            values[field.Name] = field.Value.Clone();
        }

        return values;
    }

    private static string Display(string name, string? parent) => parent is null ? name : $"{parent}.{name}";
}
