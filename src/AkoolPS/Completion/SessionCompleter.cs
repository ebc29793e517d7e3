using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace AkoolPS.Completion;

/// <summary>
/// The shape every AkoolPS completer shares: it needs a session (the -Session typed so far, else the
/// current one), it answers within <see cref="CompletionContext.Budget"/>, and it never throws at the
/// prompt: without a session, or on any failure, Tab offers nothing.
/// </summary>
public abstract class SessionCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var session = CompletionContext.Session(fakeBoundParameters);
            return session is null
                ? Array.Empty<CompletionResult>()
                : Complete(session, CompletionContext.Typed(wordToComplete), fakeBoundParameters, DateTime.UtcNow + CompletionContext.Budget);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Array.Empty<CompletionResult>();
        }
    }

    /// <summary>The completions for <paramref name="typed"/> (the word without its quotes), found by <paramref name="deadline"/>.</summary>
    private protected abstract IEnumerable<CompletionResult> Complete(AkoolSession session, string typed, IDictionary fakeBoundParameters, DateTime deadline);
}
