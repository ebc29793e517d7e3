using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace AkoolPS.Completion;

/// <summary>
/// Completes -Voice of New-AkoolSpeech and New-AkoolVoiceChange: the typed text is matched against the
/// names of your clones and Akool's voices (Akool's fuzzy search), and Tab inserts the voice id; the list
/// shows the name, and the tooltip the language, gender, model and styles.
/// </summary>
public sealed class VoiceCompleter : SessionCompleter
{
    private protected override IEnumerable<CompletionResult> Complete(AkoolSession session, string typed, IDictionary fakeBoundParameters, DateTime deadline)
    {
        var voices = CompletionContext.Within(session.VoicesNamed(typed), deadline) ?? Array.Empty<Client.Models.VoiceLabVoice>();
        var byId = typed.Length == 0 ? Enumerable.Empty<Client.Models.VoiceLabVoice>() : CompletionContext.Within(session.VoicesNamed(string.Empty), deadline)?
            .Where(v => v.VoiceId?.StartsWith(typed, StringComparison.OrdinalIgnoreCase) == true) ?? Enumerable.Empty<Client.Models.VoiceLabVoice>();
        return voices.Concat(byId)
            .Where(v => !string.IsNullOrEmpty(v.VoiceId))
            .GroupBy(v => v.VoiceId, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(v => new CompletionResult(
                "'" + CodeGeneration.EscapeSingleQuotedStringContent(v.VoiceId!) + "'",
                $"{v.Name} ({v.Locale}, {v.Gender}{(v.Type == AkoolVoiceType.Clone ? ", clone" : string.Empty)})",
                CompletionResultType.ParameterValue,
                $"{v.Name}: {v.Language}, {v.Gender}, {v.Model}{(v.Styles.Count > 0 ? ", " + string.Join(", ", v.Styles) : string.Empty)}"))
            .ToList();
    }
}
