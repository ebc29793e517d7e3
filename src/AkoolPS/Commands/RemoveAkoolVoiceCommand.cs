using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>
/// Remove-AkoolVoice: deletes your voice clones from VoiceLab. Akool's own voices cannot be deleted: a
/// piped Akool voice is refused before any request; an id Akool refuses is an error naming its reason.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "AkoolVoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = VoiceSet)]
[OutputType(typeof(void))]
public sealed class RemoveAkoolVoiceCommand : AkoolApiCmdlet
{
    private const string IdSet = "Id";
    private const string VoiceSet = "Voice";

    /// <summary>The record ids (the voice's Id, not its VoiceId) of the clones to delete.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Clones from Get-AkoolVoice -Type Clone.</summary>
    [Parameter(Mandatory = true, ParameterSetName = VoiceSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public AkoolVoice InputObject { get; set; } = null!;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        IReadOnlyList<string> ids;
        if (ParameterSetName == VoiceSet)
        {
            if (InputObject.Type != AkoolVoiceType.Clone)
            {
                WriteError(ErrorRecords.Build(
                    new InvalidOperationException($"'{InputObject.Name}' is one of Akool's voices; only your clones can be deleted (Get-AkoolVoice -Type Clone lists them)."),
                    "Akool.NotAClone", ErrorCategory.InvalidOperation, InputObject));
                return;
            }

            ids = new[] { InputObject.Id };
        }
        else
        {
            ids = Id.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();
        }

        var names = ParameterSetName == VoiceSet ? $"{InputObject.Name} ({InputObject.Id})" : string.Join(", ", ids);
        if (ids.Count == 0 || !ShouldProcess(names, "Delete the voice clone"))
        {
            return;
        }

        if (!TryRun(token => ActiveSession.Client.DeleteVoicesAsync(ids, token), names, out var outcomes))
        {
            return;
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Deleted)
            {
                WriteVerbose($"Deleted voice {outcome.Id}.");
                continue;
            }

            var missing = outcome.Reason?.IndexOf("not found", StringComparison.OrdinalIgnoreCase) >= 0;
            WriteError(ErrorRecords.Build(
                new InvalidOperationException($"Akool did not delete voice {outcome.Id}: {outcome.Reason} Only your own clones can be deleted; Get-AkoolVoice -Type Clone lists them."),
                "Akool.VoiceNotDeleted", missing ? ErrorCategory.ObjectNotFound : ErrorCategory.PermissionDenied, outcome.Id));
        }
    }
}
