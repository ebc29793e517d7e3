using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace AkoolPS.Client.State;

/// <summary>
/// A stable fingerprint of a create request: the command and every field of the request, written in
/// one canonical form (properties and dictionary keys sorted, URLs absolute, numbers invariant) and
/// hashed. Two rows that would send the same create have the same fingerprint, in any run.
/// </summary>
public static class RequestFingerprint
{
    /// <summary>The fingerprint of <paramref name="request"/> sent by <paramref name="operation"/>.</summary>
    public static string Of(string operation, object request)
    {
        var text = new StringBuilder(operation).Append('|');
        Write(text, request, 0);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        return BitConverter.ToString(hash).Replace("-", string.Empty).ToLowerInvariant();
    }

    private static void Write(StringBuilder text, object? value, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException("The request is nested too deeply to fingerprint.");
        }

        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                return;
            case Uri uri:
                Write(text, uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString, depth);
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case Enum e:
                text.Append(e.ToString());
                return;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case TimeSpan span:
                text.Append(span.Ticks.ToString(CultureInfo.InvariantCulture));
                return;
            case IDictionary map:
                text.Append('{');
                var entries = new List<(string Key, object? Value)>();
                var walk = map.GetEnumerator();
                while (walk.MoveNext())
                {
                    entries.Add((Convert.ToString(walk.Key, CultureInfo.InvariantCulture) ?? string.Empty, walk.Value));
                }

                foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    Write(text, key, depth + 1);
                    text.Append(':');
                    Write(text, item, depth + 1);
                    text.Append(',');
                }

                text.Append('}');
                return;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    Write(text, item, depth + 1);
                    text.Append(',');
                }

                text.Append(']');
                return;
        }

        text.Append('{');
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append(':');
            Write(text, property.GetValue(value), depth + 1);
            text.Append(',');
        }

        text.Append('}');
    }
}
