using System;

namespace AkoolPS.Client.Errors;

/// <summary>
/// The base of every failure the client reports. Messages say what went wrong and what to do,
/// and never contain a secret.
/// </summary>
public abstract class AkoolException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected AkoolException(string message, string? requestPath, int? httpStatus, Exception? inner = null)
        : base(message, inner)
    {
        RequestPath = requestPath;
        HttpStatus = httpStatus;
    }

    /// <summary>The API path of the request that failed, without query or host (never a secret).</summary>
    public string? RequestPath { get; }

    /// <summary>The HTTP status of the last answer, when there was one.</summary>
    public int? HttpStatus { get; }

    /// <summary>A stable identifier for the kind of failure, used as the PowerShell error id.</summary>
    public abstract string ErrorId { get; }

    /// <summary>What kind of failure this is, for mapping to an error category.</summary>
    public abstract AkoolFailureKind Kind { get; }
}

/// <summary>Broad kinds of failure; the PowerShell layer maps them to error categories.</summary>
public enum AkoolFailureKind
{
    /// <summary>Anything not listed below.</summary>
    Unknown,
    /// <summary>Bad input the caller can fix.</summary>
    InvalidArgument,
    /// <summary>Credentials missing, wrong or expired.</summary>
    Authentication,
    /// <summary>The account may not do this.</summary>
    PermissionDenied,
    /// <summary>Too many requests; try later.</summary>
    RateLimited,
    /// <summary>Credit or quota exhausted.</summary>
    QuotaExceeded,
    /// <summary>The job or resource does not exist.</summary>
    NotFound,
    /// <summary>The service failed on its side; try later.</summary>
    ServiceError,
    /// <summary>The media given was rejected.</summary>
    InvalidMedia,
    /// <summary>The network failed or the service could not be reached.</summary>
    Connection,
    /// <summary>A request took longer than its time-out.</summary>
    Timeout,
    /// <summary>The answer could not be understood.</summary>
    InvalidResponse,
    /// <summary>A create may or may not have happened.</summary>
    OutcomeUnknown,
    /// <summary>A result link is no longer valid.</summary>
    Expired,
    /// <summary>The job itself failed at Akool (a business code that reports a failed job, such as 2001).</summary>
    JobFailed,
}
