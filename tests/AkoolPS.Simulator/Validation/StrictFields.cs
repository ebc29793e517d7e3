using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>The swap endpoints refuse fields they do not know, so a misspelt one (<c>box</c> for <c>bbox</c>) is heard about.</summary>
internal static class StrictFields
{
    public static void Only(JsonElement obj, IReadOnlySet<string> known, string? parent = null)
    {
        foreach (var field in obj.EnumerateObject())
        {
            Require.That(known.Contains(field.Name), $"Unknown parameter '{(parent is null ? field.Name : parent + "." + field.Name)}'");
        }
    }

    /// <summary>A required object field.</summary>
    public static JsonElement RequiredObject(JsonElement obj, string name, string? parent = null) =>
        JsonFields.OptionalObject(obj, name, parent) ?? throw new RequestValidationException($"{(parent is null ? name : parent + "." + name)} is required");
}
