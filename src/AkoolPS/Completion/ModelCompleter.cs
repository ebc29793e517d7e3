using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;

namespace AkoolPS.Completion;

/// <summary>
/// Completes model names (-Model) from the session's model list, matching the name or the label; the
/// tooltip says what the model offers and costs. Each subclass completes the models of one kind.
/// </summary>
public abstract class ModelCompleter : SessionCompleter
{
    private protected abstract AkoolVideoKind Kind { get; }

    private protected override IEnumerable<CompletionResult> Complete(AkoolSession session, string typed, IDictionary fakeBoundParameters, DateTime deadline)
    {
        var models = session.Client.CachedModels ?? CompletionContext.Within(session.Client.GetModelsAsync(false, CancellationToken.None), deadline);
        if (models is null)
        {
            return Array.Empty<CompletionResult>();
        }

        return models
            .Where(m => m.Kind == Kind && (m.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || m.Label.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0))
            .Select(m => new CompletionResult(
                CompletionContext.Quote(m.Name),
                m.Name,
                CompletionResultType.ParameterValue,
                $"{m.Label}: {string.Join(", ", m.Resolutions)}; {string.Join("/", m.Lengths)} s" + (m.SupportsLastFrame ? "; last frame" : string.Empty) + (m.SupportsAudio ? "; audio" : string.Empty)))
            .ToList();
    }
}

/// <summary>Completes image-to-video model names.</summary>
public sealed class ImageToVideoModelCompleter : ModelCompleter
{
    private protected override AkoolVideoKind Kind => AkoolVideoKind.ImageToVideo;
}

/// <summary>Completes text-to-video model names.</summary>
public sealed class TextToVideoModelCompleter : ModelCompleter
{
    private protected override AkoolVideoKind Kind => AkoolVideoKind.TextToVideo;
}

/// <summary>Completes effect names (-Effect) from the session's effect list, matching the name or the code.</summary>
public sealed class EffectCompleter : SessionCompleter
{
    private protected override IEnumerable<CompletionResult> Complete(AkoolSession session, string typed, IDictionary fakeBoundParameters, DateTime deadline)
    {
        var effects = session.Client.CachedEffects ?? CompletionContext.Within(session.Client.GetEffectsAsync(false, CancellationToken.None), deadline);
        if (effects is null)
        {
            return Array.Empty<CompletionResult>();
        }

        return effects
            .Where(e => e.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || e.Code.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(e => new CompletionResult(CompletionContext.Quote(e.Name), e.Name, CompletionResultType.ParameterValue, e.Code))
            .ToList();
    }
}
