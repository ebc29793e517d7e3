using System;

namespace AkoolPS.Client.Errors;

/// <summary>
/// Input that Akool would refuse (or, worse, charge for) found before any request was made.
/// </summary>
public sealed class AkoolValidationException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">A short stable name, used in the error id (e.g. UnknownLanguage).</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="target">The offending value.</param>
    public AkoolValidationException(string reason, string message, object? target)
        : base(message, null, null)
    {
        Reason = reason;
        Target = target;
    }

    /// <summary>The short stable name of the problem.</summary>
    public string Reason { get; }

    /// <summary>The offending value.</summary>
    public object? Target { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool." + Reason;

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolFailureKind.InvalidArgument;
}
