using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>Get-AkoolVideo: the current state of jobs, fetched concurrently.</summary>
[Cmdlet(VerbsCommon.Get, "AkoolVideo", DefaultParameterSetName = ByIdSet)]
[OutputType(typeof(AkoolVideo))]
public sealed class GetAkoolVideoCommand : AkoolJobCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing()
    {
        ResolveKinds();
        if (Jobs.Count == 0)
        {
            return;
        }

        var results = Run(token => ActiveSession.Client.GetVideosAsync(Jobs.Select(j => new VideoJobRef(j)).ToList(), token));
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Job is { } job)
            {
                WriteObject(new AkoolVideo(job.Over(Jobs[i])));
            }
            else
            {
                WriteError(ErrorRecords.From(results[i].Error!, Jobs[i].Id));
            }
        }
    }
}
