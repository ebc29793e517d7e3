using System;
using System.Collections;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>The account's remaining credit.</summary>
public sealed class AkoolCredit
{
    internal AkoolCredit(CreditInfo info, DateTimeOffset retrievedAt)
    {
        Credit = info.Credit;
        RetrievedAt = retrievedAt;
        ApiFields = AkoolVoice.ToDictionary(info.ApiFields);
    }

    /// <summary>Credit left.</summary>
    public double Credit { get; }

    /// <summary>When it was read.</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <summary>Every field of Akool's answer, untouched.</summary>
    public IDictionary ApiFields { get; }

    /// <inheritdoc />
    public override string ToString() => Credit.ToString(System.Globalization.CultureInfo.CurrentCulture);
}
