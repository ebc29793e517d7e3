using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading.Tasks;
using AkoolPS.Base;

namespace AkoolPS.Completion;

/// <summary>
/// What the completers share: the session to ask (the -Session typed so far, else the runspace's),
/// a fixed time budget so that Tab never hangs the prompt, and quiet failure: a completer that
/// cannot answer offers nothing rather than an error.
/// </summary>
internal static class CompletionContext
{
    /// <summary>How long a completer may wait for Akool before it gives up for this Tab.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static AkoolSession? Session(IDictionary fakeBoundParameters)
    {
        var given = fakeBoundParameters?["Session"] is { } value ? (value is PSObject wrapped ? wrapped.BaseObject : value) as AkoolSession : null;
        var session = given ?? SessionStore.Current;
        return session is { IsConnected: true } ? session : null;
    }

    /// <summary>The task's result if it is done within the time left, else nothing (it goes on and fills its cache).</summary>
    public static T? Within<T>(Task<T> task, DateTime deadline)
        where T : class
    {
        var left = deadline - DateTime.UtcNow;
        try
        {
            return left > TimeSpan.Zero && task.Wait(left) ? task.Result : null;
        }
        catch (AggregateException)
        {
            return null;
        }
    }

    /// <summary>The word typed so far, without quotes.</summary>
    public static string Typed(string? wordToComplete) => (wordToComplete ?? string.Empty).Trim('\'', '"');

    /// <summary>The values bound so far to a string or string[] parameter.</summary>
    public static IReadOnlyList<string> Values(IDictionary fakeBoundParameters, string name)
    {
        var value = fakeBoundParameters?[name];
        value = value is PSObject wrapped ? wrapped.BaseObject : value;
        return value switch
        {
            string text => text.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToList(),
            IEnumerable list => list.Cast<object?>().Select(o => (o is PSObject p ? p.BaseObject : o)?.ToString()).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList(),
            _ => Array.Empty<string>(),
        };
    }

    /// <summary>
    /// The value as it is safe to insert at the prompt: bare when it is only letters, digits and - _ .
    /// (a language code), else a single-quoted string literal escaped by PowerShell's own rules, which
    /// also double the Unicode quotes (‘ ’ ‚ ‛) PowerShell treats as quotes. Text from the server never becomes code.
    /// </summary>
    public static string Quote(string text) => text.Length > 0 && char.IsLetterOrDigit(text[0]) && text.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
        ? text
        : Literal(text);

    /// <summary>Always a single-quoted string literal.</summary>
    public static string Literal(string text) => "'" + CodeGeneration.EscapeSingleQuotedStringContent(text) + "'";
}
