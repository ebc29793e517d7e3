using System;

namespace AkoolPS.Client.Errors;

/// <summary>
/// An answer that is not Akool's JSON: an HTML error page from a proxy, an HTTP error without a
/// business code, or JSON of the wrong shape.
/// </summary>
public sealed class AkoolResponseException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    public AkoolResponseException(string requestPath, int httpStatus, string problem, string excerpt)
        : base(BuildMessage(requestPath, httpStatus, problem, excerpt), requestPath, httpStatus)
    {
        Excerpt = excerpt;
    }

    /// <summary>The start of the body, shortened and on one line, secrets removed.</summary>
    public string Excerpt { get; }

    /// <inheritdoc />
    public override string ErrorId => HttpStatus is >= 200 and < 300
        ? "Akool.InvalidResponse"
        : "Akool.Http" + HttpStatus!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override AkoolFailureKind Kind => HttpStatus switch
    {
        401 or 407 => AkoolFailureKind.Authentication,
        403 => AkoolFailureKind.PermissionDenied,
        404 => AkoolFailureKind.NotFound,
        429 => AkoolFailureKind.RateLimited,
        >= 500 => AkoolFailureKind.ServiceError,
        _ => AkoolFailureKind.InvalidResponse,
    };

    private static string BuildMessage(string path, int status, string problem, string excerpt)
    {
        var body = excerpt.Length == 0 ? "an empty body" : $"it began: {excerpt}";
        return $"Akool's answer to {path} (HTTP {status}) {problem}; {body}. " +
               "A proxy or gateway between you and Akool may have answered instead; check the API address and the proxy, then try again.";
    }
}
