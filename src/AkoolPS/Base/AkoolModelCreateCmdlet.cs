using System;
using System.Globalization;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Generation;
using AkoolPS.Client.Models;

namespace AkoolPS.Base;

/// <summary>
/// The base of the creates that use one of Akool's AI models: the model is looked up in the session's
/// model list (an unknown name is refused like any other bad input), the request is checked against the
/// model's lists, and -WhatIf and -Confirm say the credits the call is estimated to spend.
/// </summary>
public abstract class AkoolModelCreateCmdlet : AkoolCreateCmdlet
{
    /// <summary>Finds the model, builds the request with it, and submits the batch call.</summary>
    protected void SubmitWithModel(AkoolVideoKind kind, string modelName, object target, Func<AiModelInfo, ModelVideoRequest> build)
    {
        AkoolValidationException? refused = null;
        if (!TryRun(
            async token =>
            {
                try
                {
                    return await ActiveSession.Client.FindModelAsync(kind, modelName, token).ConfigureAwait(false);
                }
                catch (AkoolValidationException ex)
                {
                    refused = ex;
                    return null;
                }
            },
            target,
            out var model))
        {
            return;
        }

        ModelVideoRequest request;
        try
        {
            request = refused is null ? build(model!) : throw refused;
        }
        catch (AkoolValidationException ex)
        {
            Refuse(ex, target);
            return;
        }

        SubmitMany(request, GenerationChecks.Check, target, Describe(request), ActiveSession.Client.CreateModelVideosAsync);
    }

    /// <summary>"Make 3 x 5 s 720p videos with model m; estimated 75 credits (...)": what -WhatIf and -Confirm show.</summary>
    private static string Describe(ModelVideoRequest request) => string.Format(
        CultureInfo.InvariantCulture,
        "Make {0} x {1} s {2} {3} with model {4}; {5}",
        request.Count,
        request.EffectiveLength,
        request.EffectiveResolution,
        request.Count == 1 ? "video" : "videos",
        request.Model.Name,
        CreditEstimate.Describe(request));
}
