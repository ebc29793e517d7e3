using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>resultsByIds' <c>_ids</c>: ONE string of comma-separated ids. An array, the natural mistake, is refused.</summary>
internal static class IdList
{
    private const string Name = "_ids";

    /// <returns>The ids in the order given, each once, blanks around commas and empty items dropped.</returns>
    public static IReadOnlyList<string> Read(JsonElement body)
    {
        Require.That(
            !body.TryGetProperty(Name, out var value) || value.ValueKind != JsonValueKind.Array,
            $"{Name} must be one string of comma-separated ids (\"id1,id2\"), not an array");
        var ids = JsonFields.RequiredString(body, Name)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Require.That(ids.Count > 0, $"{Name} must list at least one id");
        return ids;
    }
}
