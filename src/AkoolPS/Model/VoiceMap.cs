using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using AkoolPS.Client.Errors;

namespace AkoolPS;

/// <summary>
/// Reads -Voice: a hashtable of target language to voice id (or to a voice object), voice objects
/// from Get-AkoolVoice (their LanguageCode and VoiceId), or a list mixing both.
/// </summary>
internal static class VoiceMap
{
    public static IReadOnlyDictionary<string, string>? From(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(map, value);
        return map.Count == 0 ? null : map;
    }

    private static void Add(Dictionary<string, string> map, object? value)
    {
        var item = value is PSObject wrapped && wrapped.BaseObject is not PSCustomObject ? wrapped.BaseObject : value;
        switch (item)
        {
            case null:
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var language = entry.Key?.ToString();
                    var voice = entry.Value is string text ? text : Property(entry.Value, "VoiceId");
                    if (string.IsNullOrWhiteSpace(language) || voice is null)
                    {
                        throw Invalid($"the entry '{entry.Key}' has no voice id");
                    }

                    Put(map, language!, voice);
                }

                return;
            case string:
                throw Invalid("a voice id alone does not say which language it is for");
            case IEnumerable list:
                foreach (var element in list)
                {
                    Add(map, element);
                }

                return;
            default:
                var id = Property(item, "VoiceId");
                var code = Property(item, "LanguageCode");
                if (id is null || code is null)
                {
                    throw Invalid($"a {item.GetType().Name} has no VoiceId and LanguageCode");
                }

                Put(map, code, id);
                return;
        }
    }

    private static void Put(Dictionary<string, string> map, string language, string voice)
    {
        if (map.TryGetValue(language, out var existing) && !string.Equals(existing, voice, StringComparison.Ordinal))
        {
            throw Invalid($"two voices ({existing}, {voice}) are given for '{language}'");
        }

        map[language] = voice;
    }

    private static string? Property(object? item, string name) =>
        item is null ? null : PSObject.AsPSObject(item).Properties[name]?.Value?.ToString() is { Length: > 0 } text ? text : null;

    private static AkoolValidationException Invalid(string problem) => new(
        "InvalidVoice",
        $"-Voice takes a hashtable of target language to voice id (@{{ ja = '<voice id>' }}) or voice objects from Get-AkoolVoice; {problem}.",
        null);
}
