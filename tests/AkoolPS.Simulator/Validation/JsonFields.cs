using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// Typed reads of one field of a JSON object, failing with a 1003 message that names the field.
/// Optional fields may be absent; an explicit null is a wrong type, so a client that serialises unset
/// fields as null finds out here rather than in production.
/// </summary>
internal static class JsonFields
{
    /// <param name="allowEmpty">Present but possibly "": fields the docs require yet let be blank (<c>negative_prompt</c>).</param>
    public static string RequiredString(JsonElement obj, string name, string? parent = null, bool allowEmpty = false)
    {
        var field = Display(name, parent);
        var value = Present(obj, name, field);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(field, "a string");
        return !allowEmpty && string.IsNullOrWhiteSpace(text) ? throw new RequestValidationException($"{field} cannot be empty") : text;
    }

    public static int RequiredInt(JsonElement obj, string name)
    {
        var value = Present(obj, name, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw WrongType(name, "an integer");
    }

    public static string RequiredHttpUrl(JsonElement obj, string name)
    {
        var url = RequiredString(obj, name);
        Require.HttpUrl(url, name);
        return url;
    }

    /// <summary>Absent or "" (the docs' own samples send <c>"webhookUrl": ""</c>) is null; anything else must be a real URL.</summary>
    public static string? OptionalHttpUrl(JsonElement obj, string name)
    {
        var value = OptionalString(obj, name);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        Require.HttpUrl(value, name);
        return value;
    }

    public static string? OptionalString(JsonElement obj, string name, string? parent = null) =>
        Optional(obj, name, parent, JsonValueKind.String, "a string")?.GetString();

    public static bool? OptionalBool(JsonElement obj, string name, string? parent = null)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(Display(name, parent), "a boolean"),
        };
    }

    public static int? OptionalInt(JsonElement obj, string name, string? parent = null)
    {
        var value = Optional(obj, name, parent, JsonValueKind.Number, "an integer");
        if (value is null)
        {
            return null;
        }

        return value.Value.TryGetInt32(out var number) ? number : throw WrongType(Display(name, parent), "an integer");
    }

    public static JsonElement? OptionalObject(JsonElement obj, string name, string? parent = null) =>
        Optional(obj, name, parent, JsonValueKind.Object, "an object");

    public static JsonElement? OptionalArray(JsonElement obj, string name, string? parent = null) =>
        Optional(obj, name, parent, JsonValueKind.Array, "an array");

    /// <summary>An optional object whose every value must be a string (the word maps of <c>studio_voice</c>).</summary>
    public static void OptionalStringMap(JsonElement obj, string name, string parent)
    {
        if (OptionalObject(obj, name, parent) is not { } map)
        {
            return;
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw WrongType($"{parent}.{name}.{entry.Name}", "a string");
            }
        }
    }

    public static RequestValidationException WrongType(string field, string type) => new($"{field} must be {type}");

    private static JsonElement Present(JsonElement obj, string name, string field) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new RequestValidationException($"{field} is required");

    private static JsonElement? Optional(JsonElement obj, string name, string? parent, JsonValueKind kind, string type)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == kind ? value : throw WrongType(Display(name, parent), type);
    }

    private static string Display(string name, string? parent) => parent is null ? name : $"{parent}.{name}";
}
