namespace AkoolPS.Client.Errors;

/// <summary>A webhook body that cannot be trusted or read. Never carries a cryptography library's own text.</summary>
public sealed class AkoolWebhookException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">SignatureInvalid, DecryptionFailed, InvalidBody, Expired or InvalidSecret.</param>
    /// <param name="message">What is wrong and what to do.</param>
    public AkoolWebhookException(string reason, string message)
        : base(message, null, null)
    {
        Reason = reason;
    }

    /// <summary>The short stable name of the problem.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool.Webhook" + Reason;

    /// <inheritdoc />
    public override AkoolFailureKind Kind => Reason switch
    {
        "SignatureInvalid" => AkoolFailureKind.Authentication,
        "DecryptionFailed" or "InvalidSecret" => AkoolFailureKind.Authentication,
        "Expired" => AkoolFailureKind.Expired,
        _ => AkoolFailureKind.InvalidArgument,
    };
}
