using System;

namespace AkoolPS.Client.Errors;

/// <summary>
/// A create request may have reached Akool but no answer came back. It is not sent again, because
/// a second create would spend credits twice.
/// </summary>
public sealed class AkoolCreateOutcomeUnknownException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    public AkoolCreateOutcomeUnknownException(string requestPath, string cause, int? httpStatus, Exception? inner)
        : base($"The create request ({requestPath}) may have reached Akool, but no usable answer came back: {cause}. " +
               "It was not sent again, because a second create would spend credits twice. The job may exist: " +
               "check the Akool web app (or a webhook) before creating it again.", requestPath, httpStatus, inner)
    {
        Cause = cause;
    }

    /// <summary>What went wrong, in words.</summary>
    public string Cause { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool.CreateOutcomeUnknown";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolFailureKind.OutcomeUnknown;
}
