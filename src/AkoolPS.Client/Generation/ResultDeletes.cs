using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Generation;

/// <summary>
/// Which kinds of result Akool can delete, and with which call: one row per kind. Kinds that share a
/// call (image and text to video) are deleted together. A kind without a row cannot be deleted.
/// </summary>
public static class ResultDeletes
{
    private static readonly IReadOnlyDictionary<AkoolVideoKind, DeleteCall> Rows = new[]
    {
        Row(AkoolVideoKind.ImageToVideo, "api/open/v4/image2Video/delbyids", DeleteCall.PerId),
        Row(AkoolVideoKind.TextToVideo, "api/open/v4/image2Video/delbyids", DeleteCall.PerId),
        Row(AkoolVideoKind.FaceSwap, "api/open/v3/faceswap/result/delbyids", DeleteCall.WholeCall),
    }.ToDictionary(row => row.Kind, row => row.Call);

    /// <summary>The kinds Akool can delete.</summary>
    public static IReadOnlyCollection<AkoolVideoKind> Kinds => Rows.Keys.ToList();

    /// <summary>True when Akool can delete results of <paramref name="kind"/>.</summary>
    public static bool CanDelete(AkoolVideoKind kind) => Rows.ContainsKey(kind);

    internal static DeleteCall? For(AkoolVideoKind kind) => Rows.TryGetValue(kind, out var call) ? call : null;

    private static (AkoolVideoKind Kind, DeleteCall Call) Row(AkoolVideoKind kind, string path, Func<JsonElement, IReadOnlyList<string>, IReadOnlyDictionary<string, string?>> read) =>
        (kind, new DeleteCall(path, read));
}

/// <summary>
/// One delete call: its path (the body is always <c>{"_ids":"id1,id2"}</c>) and how its answer says
/// which ids were deleted: a map of every id sent to null (deleted) or the reason it was not.
/// </summary>
internal sealed class DeleteCall
{
    public DeleteCall(string path, Func<JsonElement, IReadOnlyList<string>, IReadOnlyDictionary<string, string?>> read)
    {
        Path = path;
        Read = read;
    }

    public string Path { get; }

    public Func<JsonElement, IReadOnlyList<string>, IReadOnlyDictionary<string, string?>> Read { get; }

    /// <summary>
    /// image2Video/delbyids: <c>successIds</c> and <c>noPermissionItems[{_id,msg}]</c>. An id sent that is in
    /// neither list is not taken as deleted: only what Akool says it deleted counts.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> PerId(JsonElement root, IReadOnlyList<string> ids)
    {
        var result = ids.ToDictionary(id => id, id => (string?)"Akool did not say it deleted this result.", StringComparer.Ordinal);
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : throw new JsonException("The answer has no data object.");
        if (data.TryGetProperty("noPermissionItems", out var refused) && refused.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in refused.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && GenerationJson.Text(item, "_id") is { } id && result.ContainsKey(id))
                {
                    result[id] = GenerationJson.Text(item, "msg") ?? "Akool did not permit deleting this result.";
                }
            }
        }

        if (data.TryGetProperty("successIds", out var deleted) && deleted.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in deleted.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } id && result.ContainsKey(id))
                {
                    result[id] = null;
                }
            }
        }

        return result;
    }

    /// <summary>faceswap/result/delbyids answers only <c>code</c> and <c>msg</c>: success deletes every id sent.</summary>
    public static IReadOnlyDictionary<string, string?> WholeCall(JsonElement root, IReadOnlyList<string> ids) =>
        ids.ToDictionary(id => id, id => (string?)null, StringComparer.Ordinal);
}
