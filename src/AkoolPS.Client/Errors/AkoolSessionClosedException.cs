namespace AkoolPS.Client.Errors;

/// <summary>
/// The client was closed (its session disconnected) before or while a call ran: other runspaces and
/// tasks still holding it get this, never a disposed-object error.
/// </summary>
public sealed class AkoolSessionClosedException : AkoolException
{
    /// <summary>Creates the exception.</summary>
    public AkoolSessionClosedException(string? requestPath)
        : base("This Akool session has been closed, so the request was not completed; its credentials are forgotten. Make a new session to go on.", requestPath, null)
    {
    }

    /// <inheritdoc />
    public override string ErrorId => "Akool.SessionClosed";

    /// <inheritdoc />
    public override AkoolFailureKind Kind => AkoolFailureKind.Connection;
}
