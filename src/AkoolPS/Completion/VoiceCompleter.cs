using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace AkoolPS.Completion;

/// <summary>
/// Completes New-AkoolTranslation -Voice with the voices of the languages already given to
/// -Language, as the hashtable the parameter takes: <c>@{ja='&lt;voice id&gt;'}</c>, the voice's name,
/// gender and style as the tooltip.
/// </summary>
public sealed class VoiceCompleter : SessionCompleter
{
    private protected override IEnumerable<CompletionResult> Complete(AkoolSession session, string typed, IDictionary fakeBoundParameters, DateTime deadline)
    {
        var results = new List<CompletionResult>();
        foreach (var language in CompletionContext.Values(fakeBoundParameters, "Language"))
        {
            var voices = CompletionContext.Within(session.VoicesFor(language), deadline);
            foreach (var voice in voices ?? Array.Empty<Client.Models.VoiceInfo>())
            {
                var text = $"@{{{CompletionContext.Quote(language)}={CompletionContext.Literal(voice.VoiceId)}}}";
                if (typed.Length == 0 || text.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ||
                    (voice.Name ?? string.Empty).IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0 ||
                    voice.VoiceId.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    var tip = $"{voice.Name} ({voice.Gender}, {language}{(voice.Style.Count > 0 ? ", " + string.Join(", ", voice.Style) : string.Empty)})";
                    results.Add(new CompletionResult(text, $"{voice.Name} ({language}, {voice.Gender})", CompletionResultType.ParameterValue, tip));
                }
            }
        }

        return results;
    }
}
