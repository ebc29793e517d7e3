namespace AkoolPS.Client.Errors;

/// <summary>A job of a kind this version of the client cannot track.</summary>
public sealed class AkoolUnsupportedKindException : AkoolException
{
    /// <summary>Creates the exception for <paramref name="kind"/>.</summary>
    public AkoolUnsupportedKindException(AkoolVideoKind kind)
        : base($"This version cannot read {kind} jobs: it knows no status call for them. Update the module.", "/", null)
    {
        JobKind = kind;
    }

    /// <summary>The kind asked for.</summary>
    public AkoolVideoKind JobKind { get; }

    /// <inheritdoc />
    public override string ErrorId => "Akool.UnsupportedKind";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolFailureKind.InvalidArgument;
}
