namespace AkoolPS.Client.Errors;

/// <summary>
/// Akool accepted a create (code 1000), so the job exists and its credits are spent, but the rest of
/// the answer could not be read. It must not be created again: that would spend the credits twice.
/// </summary>
public sealed class AkoolCreatedUnreadableException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="requestPath">The create's API path.</param>
    /// <param name="jobId">The job's id when one could be found in the answer, else null.</param>
    /// <param name="problem">What was wrong with the answer, in words.</param>
    /// <param name="httpStatus">The answer's HTTP status.</param>
    public AkoolCreatedUnreadableException(string requestPath, string? jobId, string problem, int httpStatus)
        : base(BuildMessage(requestPath, jobId, problem), requestPath, httpStatus)
    {
        JobId = jobId;
        Problem = problem;
    }

    /// <summary>The new job's id, when the answer held one.</summary>
    public string? JobId { get; }

    /// <summary>What was wrong with the answer.</summary>
    public string Problem { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool.CreatedAnswerUnreadable";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolFailureKind.InvalidResponse;

    private static string BuildMessage(string path, string? jobId, string problem)
    {
        var created = jobId is null ? "the job WAS created" : $"the job WAS created, with the id {jobId}";
        var follow = jobId is null
            ? "Find it in the Akool web app (or through its webhook)."
            : $"Follow it by its id {jobId}.";
        return $"Akool accepted the create request ({path}, code 1000): {created}, and its credits are spent. " +
               $"But the rest of its answer could not be read ({problem}). Do not create it again: that would spend the credits twice. {follow}";
    }
}
