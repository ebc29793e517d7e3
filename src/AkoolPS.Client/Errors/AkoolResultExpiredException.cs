using System;

namespace AkoolPS.Client.Errors;

/// <summary>A result link answered 403 or 404: Akool's links last 7 days.</summary>
public sealed class AkoolResultExpiredException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    public AkoolResultExpiredException(Uri url, int httpStatus)
        : base($"The result link {Redact(url)} answered HTTP {httpStatus}: it has expired or been removed. " +
               "Akool's result links last 7 days; read the job again for a fresh link, then save again.",
               url.AbsolutePath, httpStatus)
    {
    }

    /// <inheritdoc />
    public override string ErrorId => "Akool.ResultExpired";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolFailureKind.Expired;

    // Presigned links carry their signature in the query: show only where the link points.
    private static string Redact(Uri url) => url.GetLeftPart(UriPartial.Path);
}
