using System;

namespace AkoolPS.Client.Errors;

/// <summary>The request could not be completed: the network failed, or every try timed out or failed.</summary>
public sealed class AkoolTransportException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    public AkoolTransportException(string requestPath, int attempts, string lastCause, bool timedOut, int? httpStatus, Exception? inner)
        : base(BuildMessage(requestPath, attempts, lastCause), requestPath, httpStatus, inner)
    {
        Attempts = attempts;
        LastCause = lastCause;
        TimedOut = timedOut;
    }

    /// <summary>How many times the request was sent.</summary>
    public int Attempts { get; }

    /// <summary>What went wrong on the last try, in words.</summary>
    public string LastCause { get; }

    /// <summary>True when the last try ran out of time.</summary>
    public bool TimedOut { get; }

    /// <inheritdoc />
    public override string ErrorId => TimedOut ? "Akool.RequestTimeout"
        : HttpStatus is int status ? "Akool.Http" + status.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "Akool.NetworkError";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => TimedOut ? AkoolFailureKind.Timeout
        : HttpStatus is 429 ? AkoolFailureKind.RateLimited
        : HttpStatus is >= 500 ? AkoolFailureKind.ServiceError
        : AkoolFailureKind.Connection;

    private static string BuildMessage(string path, int attempts, string lastCause)
    {
        var tries = attempts == 1 ? "1 try" : attempts + " tries";
        return $"The request to Akool ({path}) failed after {tries}: {lastCause}. " +
               "Check the network and Akool's status, then try again; the session's retry count and time-out set how hard the client tries.";
    }
}
