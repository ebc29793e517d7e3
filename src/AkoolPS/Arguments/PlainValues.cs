using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace AkoolPS.Arguments;

/// <summary>Turns a PowerShell hashtable (with PSObjects, nested tables and arrays) into plain values for the client.</summary>
internal static class PlainValues
{
    public static IReadOnlyDictionary<string, object?>? From(IDictionary? table) =>
        table is null ? null : table.Cast<DictionaryEntry>().ToDictionary(e => e.Key?.ToString() ?? string.Empty, e => Plain(e.Value));

    private static object? Plain(object? value)
    {
        var item = value is PSObject wrapped ? wrapped.BaseObject : value;
        return item switch
        {
            null => null,
            string => item,
            IDictionary map => map.Cast<DictionaryEntry>().ToDictionary(e => e.Key?.ToString() ?? string.Empty, e => Plain(e.Value)),
            IEnumerable list => list.Cast<object?>().Select(Plain).ToArray(),
            _ => item,
        };
    }
}
