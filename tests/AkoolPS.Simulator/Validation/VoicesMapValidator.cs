using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// <c>voices_map</c>: <c>{ "&lt;target language&gt;": { "voice_id": "&lt;id&gt;" } }</c> as the seeds show it. An empty
/// voice_id means "the default voice", which only languages with <c>need_voice_id: false</c> have.
/// </summary>
internal static class VoicesMapValidator
{
    private const string Name = "voices_map";

    /// <returns>The non-empty voice ids by target language.</returns>
    public static IReadOnlyDictionary<string, string> Read(JsonElement body, IReadOnlyList<string> targets, VoiceCatalogue voices)
    {
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        if (JsonFields.OptionalObject(body, Name) is { } map)
        {
            foreach (var entry in map.EnumerateObject())
            {
                var field = $"{Name}.{entry.Name}";
                Require.That(targets.Contains(entry.Name), $"{field}: '{entry.Name}' is not one of the target languages in 'language'");
                Require.That(entry.Value.ValueKind == JsonValueKind.Object, $"{field} must be an object");
                if (JsonFields.OptionalString(entry.Value, "voice_id", field) is { Length: > 0 } voiceId)
                {
                    Require.That(voices.Contains(voiceId), $"{field}.voice_id '{voiceId}' is not a known voice (see /api/open/v4/voice/videoTranslation)");
                    chosen[entry.Name] = voiceId;
                }
            }
        }

        foreach (var target in targets)
        {
            Require.That(
                chosen.ContainsKey(target) || LanguageCatalogue.Find(target)?.NeedVoiceId != true,
                $"language '{target}' needs a voice: set {Name}.{target}.voice_id");
        }

        return chosen;
    }
}
