using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
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

    public static string Quote(string text) => text.IndexOfAny(new[] { ' ', '\'', '"', ',', ';', '(', ')', '{', '}', '$', '@', '#' }) >= 0
        ? "'" + text.Replace("'", "''") + "'"
        : text;
}
