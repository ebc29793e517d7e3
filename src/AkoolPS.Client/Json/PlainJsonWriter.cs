using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using AkoolPS.Client.Errors;

namespace AkoolPS.Client.Json;

/// <summary>
/// Writes plain .NET values (strings, numbers, booleans, dictionaries, lists) as JSON: the free-form options
/// a caller passes on to Akool. Anything else is refused before a request is made.
/// </summary>
internal static class PlainJsonWriter
{
    private const int MaxDepth = 16;

    public static void Write(Utf8JsonWriter writer, object? value, string path, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new AkoolValidationException("InvalidOption", $"The option '{path}' is nested too deeply.", path);
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case char c:
                writer.WriteStringValue(c.ToString());
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case byte or sbyte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong big:
                writer.WriteNumberValue(big);
                break;
            case float or double:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsNaN(number) || double.IsInfinity(number))
                {
                    throw new AkoolValidationException("InvalidOption", $"The option '{path}' is not a finite number.", value);
                }

                writer.WriteNumberValue(number);
                break;
            case decimal exact:
                writer.WriteNumberValue(exact);
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    var key = entry.Key?.ToString() ?? string.Empty;
                    writer.WritePropertyName(key);
                    Write(writer, entry.Value, path + "." + key, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var pair in pairs)
                {
                    writer.WritePropertyName(pair.Key);
                    Write(writer, pair.Value, path + "." + pair.Key, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item, path + "[]", depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new AkoolValidationException("InvalidOption", $"The option '{path}' is a {value.GetType().Name}; options take text, numbers, true/false, lists and tables.", value);
        }
    }
}
