using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// Merges the fields of a <c>POST /__admin/config</c> body into a config. Parsed by hand because
/// "absent" (keep) and <c>"voiceCount": null</c> (back to the default catalogue) mean different things.
/// </summary>
internal static class ConfigPatch
{
    /// <exception cref="ArgumentException">Not an object, an unknown field, or a value of the wrong type.</exception>
    public static SimulatorConfig Apply(SimulatorConfig config, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The body must be a JSON object.");
        }

        foreach (var field in patch.EnumerateObject())
        {
            config = field.Name switch
            {
                "jobDurationMs" => config with { JobDurationMs = Int(field) },
                "latencyMs" => config with { LatencyMs = Int(field) },
                "tokenLifetimeSec" => config with { TokenLifetimeSec = Long(field) },
                "resultSizeBytes" => config with { ResultSizeBytes = Long(field) },
                "resultLifetimeSec" => config with { ResultLifetimeSec = Long(field) },
                "voiceCount" => config with { VoiceCount = field.Value.ValueKind == JsonValueKind.Null ? null : Int(field) },
                "credit" => config with { Credit = Long(field) },
                "webhookAttempts" => config with { WebhookAttempts = Int(field) },
                "webhookRetryDelayMs" => config with { WebhookRetryDelayMs = Int(field) },
                "legacyVoiceList" => config with { LegacyVoiceList = Bool(field) },
                "tokenExpOffsetSec" => config with { TokenExpOffsetSec = field.Value.ValueKind == JsonValueKind.Null ? null : Long(field) },
                "resultsLagMs" => config with { ResultsLagMs = Int(field) },
                _ => throw new ArgumentException($"Unknown config field '{field.Name}'."),
            };
        }

        return config.Validated();
    }

    private static int Int(JsonProperty field) =>
        field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetInt32(out var value)
            ? value
            : throw new ArgumentException($"{field.Name} must be an integer.");

    private static bool Bool(JsonProperty field) => field.Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ArgumentException($"{field.Name} must be true or false."),
    };

    private static long Long(JsonProperty field) =>
        field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetInt64(out var value)
            ? value
            : throw new ArgumentException($"{field.Name} must be an integer.");
}
