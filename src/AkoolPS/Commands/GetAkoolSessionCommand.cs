using System.Management.Automation;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>Get-AkoolSession: shows the current session (never its secrets).</summary>
[Cmdlet(VerbsCommon.Get, "AkoolSession")]
[OutputType(typeof(AkoolSession))]
public sealed class GetAkoolSessionCommand : AkoolCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (SessionStore.Current is { } session)
        {
            WriteObject(session);
        }
        else
        {
            WriteVerbose("There is no Akool session in this runspace. Run Connect-Akool.");
        }
    }
}
