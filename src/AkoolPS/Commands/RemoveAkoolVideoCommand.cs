using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Generation;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// Remove-AkoolVideo: deletes job results at Akool, for the kinds Akool can delete (image to video,
/// text to video, face swap). It cannot be undone, so it asks first.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "AkoolVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByIdSet)]
[OutputType(typeof(void))]
public sealed class RemoveAkoolVideoCommand : AkoolJobCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var confirmed = new List<VideoJobRef>();
        foreach (var job in Jobs)
        {
            if (!ResultDeletes.CanDelete(job.Kind))
            {
                WriteError(ErrorRecords.From(AkoolClient.CannotDelete(job.Kind), job.Id));
            }
            else if (ShouldProcess($"{job.Kind} {job.Id}", "Delete the result at Akool (it cannot be undone)"))
            {
                confirmed.Add(new VideoJobRef(job.Id, job.Kind));
            }
        }

        if (confirmed.Count == 0)
        {
            return;
        }

        if (!TryRun(token => ActiveSession.Client.DeleteResultsAsync(confirmed, token), confirmed[0].Id, out var outcomes))
        {
            return;
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Deleted)
            {
                WriteVerbose($"Deleted {outcome.Kind} {outcome.Id} at Akool.");
            }
            else
            {
                WriteError(ErrorRecords.Build(
                    new InvalidOperationException($"Akool did not delete {outcome.Kind} {outcome.Id}: {outcome.Reason} A result still being made can be deleted once it has finished."),
                    "Akool.DeleteNotPermitted",
                    ErrorCategory.PermissionDenied,
                    outcome.Id));
            }
        }
    }
}
