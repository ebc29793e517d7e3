using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;

namespace AkoolPS.Completion;

/// <summary>
/// Completes language codes (-Language, -SourceLanguage, -LanguageCode, -Code) from the session's
/// language list, matching the code or the name; the name is the tooltip.
/// </summary>
public sealed class LanguageCompleter : SessionCompleter
{
    private protected override IEnumerable<CompletionResult> Complete(AkoolSession session, string typed, IDictionary fakeBoundParameters, DateTime deadline)
    {
        var languages = session.Client.CachedLanguages ?? CompletionContext.Within(session.Client.GetLanguagesAsync(false, CancellationToken.None), deadline);
        if (languages is null)
        {
            return Array.Empty<CompletionResult>();
        }

        var byCode = languages.Where(l => l.Code.StartsWith(typed, StringComparison.OrdinalIgnoreCase));
        var byName = languages.Where(l => !l.Code.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && l.Name.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0);
        return byCode.Concat(byName)
            .Select(l => new CompletionResult(CompletionContext.Quote(l.Code), l.Code, CompletionResultType.ParameterValue, l.Name))
            .ToList();
    }
}
