using System.Management.Automation;

namespace AkoolPS.Base;

/// <summary>
/// The base of every cmdlet that calls the API: an optional <c>-Session</c> that falls back to the
/// runspace's current session (the one Connect-Akool made). With neither, credentials in the environment
/// (AKOOL_API_KEY, or AKOOL_CLIENT_ID and AKOOL_CLIENT_SECRET) open one as Connect-Akool with no arguments
/// would, so a one-line CI step needs no Connect-Akool. Without those either, the command stops before any call.
/// </summary>
public abstract class AkoolApiCmdlet : AkoolCmdlet
{
    /// <summary>
    /// <para type="description">The session to use, from Connect-Akool -PassThru or Get-AkoolSession. Defaults to the current session of this runspace; pass it explicitly in ForEach-Object -Parallel and other runspaces.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public AkoolSession? Session { get; set; }

    /// <summary>The session the cmdlet works with; resolved in <see cref="BeginProcessing"/>.</summary>
    protected AkoolSession ActiveSession { get; private set; } = null!;

    /// <summary>Resolves the session, or stops with Akool.NotConnected.</summary>
    protected override void BeginProcessing()
    {
        var session = Session ?? SessionStore.Current ?? ConnectFromEnvironment();
        if (session is null)
        {
            ThrowTerminatingError(ErrorRecords.NotConnected());
        }

        if (!session!.IsConnected)
        {
            ThrowTerminatingError(ErrorRecords.Disconnected(session));
        }

        ActiveSession = session;
    }

    private AkoolSession? ConnectFromEnvironment()
    {
        if (ConnectionSettings.CredentialSource() is not { } source
            || ConnectionSettings.ReadCredential(string.Empty, null, null, null, null, null) is not { } credential)
        {
            return null;
        }

        WriteVerbose($"No Akool session in this runspace: connecting with the credentials in {source}, as Connect-Akool with no arguments would.");
        return ConnectionSettings.Open(this, new ConnectionSettings.SessionSettings(credential));
    }
}
