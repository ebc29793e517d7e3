using System;

namespace AkoolPS.Client.Errors;

/// <summary>
/// A result file that cannot be saved as asked: a link that is not http(s), a name that would leave
/// the folder, a file that already exists, or an answer whose bytes cannot be trusted to be the file.
/// </summary>
public sealed class AkoolDownloadException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">A short stable name, used in the error id (e.g. FileExists).</param>
    /// <param name="message">What is wrong and what to do (naming no cmdlet or parameter).</param>
    /// <param name="target">The file or link concerned (a link without its query).</param>
    /// <param name="kind">The kind of failure.</param>
    /// <param name="requestPath">The link's path, when the failure is about an answer.</param>
    /// <param name="httpStatus">The answer's status, when there was one.</param>
    public AkoolDownloadException(string reason, string message, object? target, AkoolFailureKind kind, string? requestPath = null, int? httpStatus = null)
        : base(message, requestPath, httpStatus)
    {
        Reason = reason;
        Target = target;
        Kind = kind;
    }

    /// <summary>The short stable name of the problem.</summary>
    public string Reason { get; }

    /// <summary>The file or link concerned.</summary>
    public object? Target { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool." + Reason;

    /// <inheritdoc />
    public override AkoolFailureKind Kind { get; }
}
