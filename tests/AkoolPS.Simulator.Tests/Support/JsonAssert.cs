using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

internal static class JsonAssert
{
    public static int Code(JsonElement envelope) => envelope.GetProperty("code").GetInt32();

    /// <summary>A business error: the code, and a msg that mentions <paramref name="msgPart"/>.</summary>
    public static void Error(JsonElement envelope, int code, string msgPart = "")
    {
        Assert.Equal(code, Code(envelope));
        Assert.Contains(msgPart, envelope.GetProperty("msg").GetString(), StringComparison.Ordinal);
        Assert.False(envelope.TryGetProperty("data", out _));
    }

    public static void HasFields(JsonElement obj, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(obj.TryGetProperty(name, out _), $"missing field '{name}' in {obj}");
        }
    }

    public static bool IsObjectId(string? id) =>
        id is { Length: 24 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
