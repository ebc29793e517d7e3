using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace AkoolPS.Completion;

/// <summary>Completes Get-AkoolVoice -Name with the names of your clones and Akool's voices that contain the typed text.</summary>
public sealed class VoiceNameCompleter : SessionCompleter
{
    private protected override IEnumerable<CompletionResult> Complete(AkoolSession session, string typed, IDictionary fakeBoundParameters, DateTime deadline)
    {
        var voices = CompletionContext.Within(session.VoicesNamed(typed), deadline) ?? Array.Empty<Client.Models.VoiceLabVoice>();
        return voices
            .Where(v => !string.IsNullOrWhiteSpace(v.Name))
            .GroupBy(v => v.Name!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CompletionResult(
                "'" + CodeGeneration.EscapeSingleQuotedStringContent(g.Key) + "'",
                g.Key,
                CompletionResultType.ParameterValue,
                string.Join("; ", g.Select(v => $"{v.Locale}, {v.Gender}, {v.Type}"))))
            .ToList();
    }
}
