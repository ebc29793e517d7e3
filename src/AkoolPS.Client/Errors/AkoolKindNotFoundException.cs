using System.Collections.Generic;
using System.Linq;

namespace AkoolPS.Client.Errors;

/// <summary>The kind of a job known only by its id could not be found for certain.</summary>
public sealed class AkoolKindNotFoundException : AkoolException
{
    /// <summary>Creates the exception: <paramref name="candidates"/> are the kinds whose status call knows the id (none, or several).</summary>
    public AkoolKindNotFoundException(string id, IReadOnlyList<AkoolVideoKind> candidates)
        : base(BuildMessage(id, candidates), "/", null)
    {
        JobId = id;
        Candidates = candidates;
    }

    /// <summary>The id looked up.</summary>
    public string JobId { get; }

    /// <summary>The kinds that fit (empty when no status call knows the id).</summary>
    public IReadOnlyList<AkoolVideoKind> Candidates { get; }

    /// <inheritdoc />
    public override string ErrorId => Candidates.Count == 0 ? "Akool.JobNotFound" : "Akool.KindAmbiguous";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => Candidates.Count == 0 ? AkoolFailureKind.NotFound : AkoolFailureKind.InvalidArgument;

    private static string BuildMessage(string id, IReadOnlyList<AkoolVideoKind> candidates) => candidates.Count == 0
        ? $"No Akool status call knows the job '{id}'. Check the id; Akool keeps jobs for 7 days."
        : $"The job '{id}' is known to a status call that serves several kinds ({string.Join(", ", candidates.Select(k => k.ToString()))}), and its answer does not say which. Name the kind.";
}
