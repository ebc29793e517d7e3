using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace AkoolPS.Completion;

/// <summary>
/// Completes a parameter from a fixed list the client defines (its checks refuse anything else), so the
/// allowed values live in one place instead of a ValidateSet beside the client's list.
/// </summary>
public abstract class ChoiceCompleter : IArgumentCompleter
{
    /// <summary>The values, as the client's checks accept them.</summary>
    protected abstract IEnumerable<string> Choices { get; }

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return Choices
            .Where(choice => choice.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(choice => new CompletionResult(CompletionContext.Quote(choice), choice, CompletionResultType.ParameterValue, choice))
            .ToList();
    }
}

/// <summary>Completes a talking photo's -Resolution.</summary>
public sealed class PhotoResolutionCompleter : ChoiceCompleter
{
    /// <inheritdoc />
    protected override IEnumerable<string> Choices => Client.RequestChecks.PhotoResolutions;
}
