using System.Collections.Frozen;
using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>The optional <c>studio_voice</c> object of createbytranslate (official schema: a style enum and word lists).</summary>
internal static class StudioVoiceValidator
{
    private const string Name = "studio_voice";

    private static readonly FrozenSet<string> Styles = new[]
    {
        "affectionate", "angry", "calm", "cheerful", "depressed", "disgruntled", "embarrassed", "empathetic",
        "excited", "fearful", "friendly", "unfriendly", "sad", "serious", "relaxed", "professional",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Validate(JsonElement body)
    {
        if (JsonFields.OptionalObject(body, Name) is not { } studio)
        {
            return;
        }

        if (JsonFields.OptionalString(studio, "style", Name) is { } style && !Styles.Contains(style))
        {
            throw new RequestValidationException($"{Name}.style '{style}' is not one of: {string.Join(", ", Styles.Order(StringComparer.Ordinal))}");
        }

        if (JsonFields.OptionalArray(studio, "no_translate_words", Name) is { } words)
        {
            foreach (var word in words.EnumerateArray())
            {
                if (word.ValueKind != JsonValueKind.String)
                {
                    throw JsonFields.WrongType($"{Name}.no_translate_words[]", "a string");
                }
            }
        }

        JsonFields.OptionalStringMap(studio, "fixed_words", Name);
        JsonFields.OptionalStringMap(studio, "pronounced_words", Name);
    }
}
