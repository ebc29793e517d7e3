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
/// The base of every cmdlet that spends credits, and its one create path: the request's checks before
/// anything is sent, -WhatIf/-Confirm, the create itself, what it made written out (or kept for -Wait,
/// which hands the jobs to the module's one waiting engine), and each failure reported about its own
/// input. A cmdlet builds its request and calls <see cref="Submit{TRequest}"/> or <see cref="SubmitMany{TRequest}"/>.
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
    /// Checks <paramref name="request"/>, asks -WhatIf/-Confirm with <paramref name="action"/> (say the
    /// credits it spends there when a price is known), then sends the one create that makes one job.
    /// </summary>
    /// <param name="request">What to create.</param>
    /// <param name="check">The client's checks of the request; what they refuse is never sent.</param>
    /// <param name="target">What the create is about (the source URL, say): -WhatIf names it and errors carry it.</param>
    /// <param name="action">What the create does, for -WhatIf and -Confirm.</param>
    /// <param name="create">The client's create call.</param>
    protected void Submit<TRequest>(TRequest request, Action<TRequest> check, object target, string action, Func<TRequest, CancellationToken, Task<VideoJob>> create) =>
        SubmitMany(request, check, target, action, async (r, token) => (IReadOnlyList<CreateOutcome>)new[] { CreateOutcome.Created(await create(r, token).ConfigureAwait(false)) });

    /// <summary>
    /// As <see cref="Submit{TRequest}"/>, for a create call that makes several jobs (a language each, a batch
    /// of results): each job is written out, each entry Akool refused is a non-terminating error of its own.
    /// </summary>
    protected void SubmitMany<TRequest>(TRequest request, Action<TRequest> check, object target, string action, Func<TRequest, CancellationToken, Task<IReadOnlyList<CreateOutcome>>> create)
    {
        if (!Check(request, check, target) || !ShouldProcess(target.ToString(), action + " (spends Akool credits)"))
        {
            return;
        }

        // A check that needs what only the service knows (the language list, a model's limits) runs in the create.
        AkoolValidationException? refused = null;
        if (!TryRun(
            async token =>
            {
                try
                {
                    return await create(request, token).ConfigureAwait(false);
                }
                catch (AkoolValidationException ex)
                {
                    refused = ex;
                    return Array.Empty<CreateOutcome>();
                }
            },
            target,
            out var outcomes))
        {
            return;
        }

        if (refused is not null)
        {
            Refuse(refused, target);
            return;
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Job is { } job)
            {
                Deliver(job);
            }
            else if (outcome.Error is { } error)
            {
                WriteError(ErrorRecords.From(error, string.IsNullOrEmpty(outcome.Label) ? target : outcome.Label));
            }
        }
    }

    /// <summary>
    /// Runs the client's checks of a request. What they refuse stops the command before any request
    /// when it came from the command line; a bad row piped in (Import-Csv, say) is a non-terminating
    /// error for that row alone, so the good rows around it still go.
    /// </summary>
    private bool Check<TRequest>(TRequest request, Action<TRequest> check, object target)
    {
        try
        {
            check(request);
            return true;
        }
        catch (AkoolValidationException ex)
        {
            Refuse(ex, target);
            return false;
        }
    }

    /// <summary>Reports refused input about <paramref name="target"/>: terminating for the command line, per row for piped input.</summary>
    protected internal void Refuse(AkoolValidationException error, object target)
    {
        var record = ErrorRecords.From(error, target);
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
    private void Deliver(VideoJob job)
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
