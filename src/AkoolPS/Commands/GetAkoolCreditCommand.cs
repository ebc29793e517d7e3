using System;
using System.Management.Automation;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>Get-AkoolCredit: the account's remaining credit.</summary>
[Cmdlet(VerbsCommon.Get, "AkoolCredit")]
[OutputType(typeof(AkoolCredit))]
public sealed class GetAkoolCreditCommand : AkoolApiCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var credit = Run(ActiveSession.Client.GetCreditAsync);
        WriteObject(new AkoolCredit(credit, DateTimeOffset.Now));
    }
}
