using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace AkoolPS.Arguments;

/// <summary>
/// What ConvertFrom-AkoolWebhook was given: raw text, or fields a host already parsed (the Azure
/// Functions worker turns a JSON body into a hashtable; ConvertFrom-Json makes an object).
/// </summary>
internal static class WebhookBody
{
    public static IReadOnlyDictionary<string, object?>? Fields(object body)
    {
        var value = body is PSObject wrapped ? wrapped.BaseObject : body;
        switch (value)
        {
            case string:
                return null;
            case IDictionary dictionary:
                var fields = new Dictionary<string, object?>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    fields[entry.Key?.ToString() ?? string.Empty] = Unwrap(entry.Value);
                }

                return fields;
            case PSCustomObject:
                var properties = new Dictionary<string, object?>();
                foreach (var property in ((PSObject)body).Properties)
                {
                    properties[property.Name] = Unwrap(property.Value);
                }

                return properties;
            default:
                return null;
        }
    }

    public static string Text(object body) => (body is PSObject wrapped ? wrapped.BaseObject : body)?.ToString() ?? string.Empty;

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
