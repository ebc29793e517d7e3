using System;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AkoolPS.Client.Http;

/// <summary>
/// Says in plain words what was wrong with an answer of the wrong shape (never a .NET type name or
/// a parser's internals), and finds a new job's id in a create answer that is otherwise unreadable.
/// </summary>
internal static class AnswerShape
{
    private static readonly Regex SafeId = new("^[A-Za-z0-9_\\-]{1,64}$", RegexOptions.CultureInvariant);

    public static string Describe(Exception exception)
    {
        if (exception is JsonException json)
        {
            if (!string.IsNullOrEmpty(json.Path))
            {
                return "a field has an unexpected type or value, at " + json.Path;
            }

            // The client's own shape checks throw plain sentences; a parser's messages name types.
            if (json.InnerException is null && IsPlain(json.Message))
            {
                return json.Message.TrimEnd('.');
            }
        }

        return exception is OverflowException ? "a number in it is out of range" : "a field has an unexpected type or value";
    }

    /// <summary>The job id in a create answer (data._id and its usual variants), if it is there and looks like an id.</summary>
    public static string? FindJobId(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var holder = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;
        foreach (var name in new[] { "_id", "id", "video_model_id", "videoId" })
        {
            if (holder.TryGetProperty(name, out var value))
            {
                var text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
                if (text is not null && SafeId.IsMatch(text))
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static bool IsPlain(string message) =>
        message.IndexOf("System.", StringComparison.Ordinal) < 0 && message.IndexOf("Path:", StringComparison.Ordinal) < 0 &&
        message.IndexOf('\'') < 0 && message.Length < 200;
}
