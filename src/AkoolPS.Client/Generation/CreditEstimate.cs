using System;
using System.Globalization;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Generation;

/// <summary>
/// What a call with a model is estimated to spend: the chosen resolution's <c>unit_credit</c> times the
/// length in seconds times the count. An estimate, not a quote: Akool's <c>deduction_credit</c> says what
/// was spent, and a live check compares the two so that this rule can follow Akool's.
/// </summary>
public static class CreditEstimate
{
    /// <summary>The estimate, or null when the model list gives no price for the resolution (or the length is unknown).</summary>
    public static double? Of(ModelVideoRequest request)
    {
        if (request.Model is null || request.EffectiveResolution is not { } resolution || request.EffectiveLength is not int seconds)
        {
            return null;
        }

        return request.Model.Resolution(resolution)?.UnitCredit is double unit ? unit * seconds * request.Count : null;
    }

    /// <summary>"about 75 credits (estimate: 5 credits/s x 5 s x 3)": the words -WhatIf and -Confirm use.</summary>
    public static string Describe(ModelVideoRequest request)
    {
        if (Of(request) is not double estimate)
        {
            return "the model list gives no price for this choice";
        }

        var unit = request.Model.Resolution(request.EffectiveResolution!)!.UnitCredit!.Value;
        return FormattableString.Invariant(
            $"estimated {Format(estimate)} credits ({Format(unit)} credits/s x {request.EffectiveLength} s x {request.Count})");
    }

    /// <summary>A credit amount as people write it (75, 7.5).</summary>
    public static string Format(double credits) => credits.ToString("0.##", CultureInfo.InvariantCulture);
}
