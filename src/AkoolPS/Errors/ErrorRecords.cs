using System;
using System.IO;
using System.Management.Automation;
using AkoolPS.Client.Errors;

namespace AkoolPS.Errors;

/// <summary>
/// The one place where failures become PowerShell error records: a stable id (<c>Akool.1101</c>,
/// <c>Akool.Http503</c>, <c>Akool.VideoFailed</c>...), a fitting category, the job or input as the
/// target, and a message that says what to do. No stack trace, no secret.
/// </summary>
internal static class ErrorRecords
{
    public static ErrorRecord From(Exception exception, object? target)
    {
        switch (exception)
        {
            case AkoolValidationException invalid:
                return Build(invalid, invalid.ErrorId, ErrorCategory.InvalidArgument, target ?? invalid.Target);
            case AkoolException akool:
                var record = Build(akool, akool.ErrorId, CategoryOf(akool.Kind), target);
                if (ErrorAdvice.For(akool) is { } advice)
                {
                    // The message says what went wrong; the recommendation, shown once beside it, what to do.
                    record.ErrorDetails = new ErrorDetails(akool.Message) { RecommendedAction = advice };
                }

                return record;
            case OperationCanceledException:
                return Build(exception, "Akool.Stopped", ErrorCategory.OperationStopped, target);
            case UnauthorizedAccessException:
                return Build(exception, "Akool.FileAccessDenied", ErrorCategory.PermissionDenied, target);
            case IOException:
                return Build(exception, "Akool.FileWriteFailed", ErrorCategory.WriteError, target);
            case ArgumentException:
                return Build(exception, "Akool.InvalidArgument", ErrorCategory.InvalidArgument, target);
            default:
                return Build(exception, "Akool.Unexpected", ErrorCategory.NotSpecified, target);
        }
    }

    public static ErrorRecord NotConnected() => Build(
        new InvalidOperationException("There is no Akool session. Run Connect-Akool first, or set AKOOL_API_KEY (or AKOOL_CLIENT_ID and AKOOL_CLIENT_SECRET) for the cmdlets to connect from, or pass -Session (in ForEach-Object -Parallel: -Session $using:session)."),
        "Akool.NotConnected", ErrorCategory.ConnectionError, null);

    public static ErrorRecord Disconnected(AkoolSession session) => Build(
        new InvalidOperationException("This Akool session has been disconnected. Run Connect-Akool to make a new one."),
        "Akool.SessionClosed", ErrorCategory.ConnectionError, session);

    public static ErrorRecord VideoFailed(AkoolVideo video)
    {
        var reason = string.IsNullOrWhiteSpace(video.ErrorReason) ? "Akool gave no reason" : video.ErrorReason!.Trim();
        var code = video.ErrorCode is long c ? $" (error code {c})" : string.Empty;
        return Build(
            new InvalidOperationException($"Akool could not finish the {video.Kind} job {video.Id}{Language(video)}: {reason}{code}. Fix what the reason names, then create the job again; a failed job is not retried."),
            "Akool.VideoFailed", ErrorCategory.InvalidResult, video);
    }

    public static ErrorRecord WaitTimedOut(AkoolVideo video, TimeSpan timeout) => Build(
        new TimeoutException($"The {video.Kind} job {video.Id}{Language(video)} was still {video.Status} ({video.Progress ?? 0}%) when the wait ended after {timeout}. It goes on at Akool: wait again later with Wait-AkoolVideo -Id {video.Id}, or give a longer -Timeout."),
        "Akool.WaitTimeout", ErrorCategory.OperationTimeout, video);

    public static ErrorRecord WaitAbandoned(AkoolVideo video, AkoolException error)
    {
        var record = From(error, video);
        var message = $"Stopped waiting for the {video.Kind} job {video.Id}{Language(video)}: {error.Message}";
        record.ErrorDetails = new ErrorDetails(message);
        return record;
    }

    public static ErrorRecord LanguageNotFound(string code) => Build(
        new ItemNotFoundException($"Akool has no language with the code '{code}'. Run Get-AkoolLanguage to see them all."),
        "Akool.LanguageNotFound", ErrorCategory.ObjectNotFound, code);

    public static ErrorRecord NotReady(AkoolVideo video) => Build(
        new InvalidOperationException($"The {video.Kind} job {video.Id}{Language(video)} is {video.Status}, so there is nothing to save yet. Pipe it through Wait-AkoolVideo first."),
        "Akool.VideoNotReady", ErrorCategory.InvalidOperation, video);

    public static ErrorRecord Build(Exception exception, string id, ErrorCategory category, object? target) =>
        new(exception, id, category, target);

    private static string Language(AkoolVideo video) => video.Language is null ? string.Empty : $" ({video.Language})";

    private static ErrorCategory CategoryOf(AkoolFailureKind kind) => kind switch
    {
        AkoolFailureKind.InvalidArgument => ErrorCategory.InvalidArgument,
        AkoolFailureKind.Authentication => ErrorCategory.AuthenticationError,
        AkoolFailureKind.PermissionDenied => ErrorCategory.PermissionDenied,
        AkoolFailureKind.RateLimited => ErrorCategory.LimitsExceeded,
        AkoolFailureKind.QuotaExceeded => ErrorCategory.QuotaExceeded,
        AkoolFailureKind.NotFound => ErrorCategory.ObjectNotFound,
        AkoolFailureKind.ServiceError => ErrorCategory.ResourceUnavailable,
        AkoolFailureKind.InvalidMedia => ErrorCategory.InvalidData,
        AkoolFailureKind.Connection => ErrorCategory.ConnectionError,
        AkoolFailureKind.Timeout => ErrorCategory.OperationTimeout,
        AkoolFailureKind.InvalidResponse => ErrorCategory.InvalidResult,
        AkoolFailureKind.OutcomeUnknown => ErrorCategory.InvalidResult,
        AkoolFailureKind.Expired => ErrorCategory.ResourceUnavailable,
        AkoolFailureKind.JobFailed => ErrorCategory.InvalidResult,
        _ => ErrorCategory.NotSpecified,
    };
}
