using System;

namespace AkoolPS.Client.Errors;

/// <summary>Akool answered with a business <c>code</c> other than 1000.</summary>
public sealed class AkoolApiException : AkoolException
{
    /// <summary>Creates the exception from Akool's code and message.</summary>
    public AkoolApiException(int code, string? akoolMessage, string requestPath, int? httpStatus)
        : base(BuildMessage(code, akoolMessage, requestPath, httpStatus), requestPath, httpStatus)
    {
        Code = code;
        AkoolMessage = akoolMessage;
    }

    /// <summary>Akool's business code (for example 1101).</summary>
    public int Code { get; }

    /// <summary>Akool's own message (<c>msg</c>), as sent.</summary>
    public string? AkoolMessage { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool." + Code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolCodes.KindOf(Code);

    /// <summary>True when Akool says the request was refused unprocessed and may be sent again later.</summary>
    public bool IsRetryable => AkoolCodes.IsRetryable(Code);

    private static string BuildMessage(int code, string? akoolMessage, string path, int? httpStatus)
    {
        var said = string.IsNullOrWhiteSpace(akoolMessage) ? AkoolCodes.Describe(code) : akoolMessage!.Trim();
        var status = httpStatus is int s ? $", HTTP {s}" : string.Empty;
        return $"Akool refused the request: {said} (code {code}{status}, {path}). {AkoolCodes.Advice(code)}";
    }
}
