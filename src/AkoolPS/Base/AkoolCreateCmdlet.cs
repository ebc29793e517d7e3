using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Waiting;

namespace AkoolPS.Base;

/// <summary>
/// The base of every cmdlet that spends credits: -WhatIf/-Confirm before each create, and -Wait
/// (with -Timeout) to hand the new jobs to the module's one waiting engine instead of writing them.
/// </summary>
public abstract class AkoolCreateCmdlet : AkoolApiCmdlet
{
    private readonly List<VideoJob> created = new();

    /// <summary>Wait for the jobs and write them out as they end, as Wait-AkoolVideo does.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>With -Wait: how long to wait in all; a number is seconds.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? Timeout { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (Timeout is not null && !Wait)
        {
            ThrowTerminatingError(ErrorRecords.Build(
                new ArgumentException("-Timeout limits -Wait: add -Wait, or pipe the jobs to Wait-AkoolVideo -Timeout."),
                "Akool.TimeoutWithoutWait", ErrorCategory.InvalidArgument, Timeout));
        }

        if (Wait)
        {
            WaitParameters.Build(this, Timeout, WaitParameters.DefaultPollInterval);
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (Wait)
        {
            VideoWaiter.Wait(this, ActiveSession, created, WaitParameters.Build(this, Timeout, WaitParameters.DefaultPollInterval));
        }
    }

    /// <summary>
    /// Asks -WhatIf/-Confirm, then sends one create; the job is written out (or kept for -Wait), a
    /// failure is a non-terminating error about <paramref name="target"/>.
    /// </summary>
    protected void Create(string target, string action, Func<CancellationToken, Task<VideoJob>> create)
    {
        if (ShouldProcess(target, action + " (spends Akool credits)") && TryRun(create, target, out var job))
        {
            Deliver(job);
        }
    }

    /// <summary>
    /// Runs the client's checks of a request. What they refuse stops the command before any request
    /// when it came from the command line; a bad row piped in (Import-Csv, say) is a non-terminating
    /// error for that row alone, so the good rows around it still go.
    /// </summary>
    protected bool Check<T>(T request, Action<T> check)
    {
        try
        {
            check(request);
            return true;
        }
        catch (AkoolValidationException ex)
        {
            Refuse(ex);
            return false;
        }
    }

    /// <summary>Reports refused input: terminating for the command line, per row for piped input.</summary>
    protected internal void Refuse(AkoolValidationException error)
    {
        var record = ErrorRecords.From(error, null);
        if (MyInvocation.ExpectingInput)
        {
            WriteError(record);
        }
        else
        {
            ThrowTerminatingError(record);
        }
    }

    /// <summary>Writes a new job out, or keeps it for -Wait.</summary>
    protected void Deliver(VideoJob job)
    {
        WriteVerbose($"Created {job.Kind} job {job.Id}{(job.Language is null ? string.Empty : " (" + job.Language + ")")}.");
        if (Wait)
        {
            created.Add(job);
        }
        else
        {
            WriteObject(new AkoolVideo(job));
        }
    }
}
