using System.Management.Automation;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>Disconnect-Akool: ends a session and forgets its credentials.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Akool")]
[OutputType(typeof(void))]
public sealed class DisconnectAkoolCommand : AkoolCmdlet
{
    /// <summary>The session to end; defaults to the current one.</summary>
    [Parameter(ValueFromPipeline = true)]
    public AkoolSession? Session { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var current = SessionStore.Current;
        var session = Session ?? current;
        if (session is null)
        {
            WriteVerbose("There is no Akool session to disconnect.");
            return;
        }

        session.Client.Dispose();
        if (ReferenceEquals(session, current))
        {
            SessionStore.Current = null;
        }

        WriteVerbose($"Disconnected from {session.BaseUri}.");
    }
}
