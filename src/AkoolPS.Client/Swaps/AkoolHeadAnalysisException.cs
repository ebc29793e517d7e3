using System;

namespace AkoolPS.Client.Errors;

/// <summary>A head analysis that failed, or was still running when the time allowed ran out.</summary>
public sealed class AkoolHeadAnalysisException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    public AkoolHeadAnalysisException(string message, string analysisId, bool timedOut, long? akoolErrorCode = null)
        : base(message, null, null)
    {
        AnalysisId = analysisId;
        TimedOut = timedOut;
        AkoolErrorCode = akoolErrorCode;
    }

    /// <summary>Akool's <c>_id</c> of the analysis.</summary>
    public string AnalysisId { get; }

    /// <summary>True when it was still running; false when Akool reported it failed.</summary>
    public bool TimedOut { get; }

    /// <summary>Akool's error code of a failed analysis.</summary>
    public long? AkoolErrorCode { get; }

    /// <inheritdoc />
    public override string ErrorId => TimedOut ? "Akool.HeadAnalysisTimedOut" : "Akool.HeadAnalysisFailed";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => TimedOut ? AkoolFailureKind.Timeout : AkoolFailureKind.ServiceError;
}
