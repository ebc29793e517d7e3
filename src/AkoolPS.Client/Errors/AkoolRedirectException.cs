using System;
using System.Globalization;

namespace AkoolPS.Client.Errors;

/// <summary>
/// The API address answered with a redirect. API requests carry credentials (the API key, the access
/// token, or the client secret when a token is fetched), so the client follows no redirect at all:
/// they go to the API address and nowhere else.
/// </summary>
public sealed class AkoolRedirectException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    public AkoolRedirectException(string requestPath, int httpStatus, Uri? location, bool otherOrigin)
        : base(BuildMessage(requestPath, httpStatus, location, otherOrigin), requestPath, httpStatus)
    {
        Location = location is null ? null : Shown(location);
        OtherOrigin = otherOrigin;
    }

    /// <summary>Where the redirect pointed (scheme, host and path only), if it said.</summary>
    public string? Location { get; }

    /// <summary>True when the redirect pointed at another scheme, host or port than the API address.</summary>
    public bool OtherOrigin { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool.Redirected";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolFailureKind.Connection;

    private static string BuildMessage(string path, int status, Uri? location, bool otherOrigin)
    {
        var where = location is null ? "without saying where" : "to " + Shown(location);
        var code = status.ToString(CultureInfo.InvariantCulture);
        return otherOrigin
            ? $"Akool answered {path} with a redirect to another host (HTTP {code}, {where}); credentials are never sent there, so the request was not repeated. " +
              "If the API really moved, connect to its new address yourself; otherwise something between you and Akool is redirecting requests."
            : $"Akool answered {path} with a redirect (HTTP {code}, {where}); requests that carry credentials follow no redirect, so it was not repeated. " +
              "Check the API address the session was made with.";
    }

    // Only where it points: a query could hold anything.
    private static string Shown(Uri location) => location.IsAbsoluteUri ? location.GetLeftPart(UriPartial.Path) : location.OriginalString.Split('?')[0];
}
