using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Client.State;
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
    private CreateJournal? journal;

    /// <summary>Wait for the jobs and write them out as they end, as Wait-AkoolVideo does.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>With -Wait: how long to wait in all; a number is seconds.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// How many piped creates may be in flight at once; defaults to the session's -MaxConcurrency. Each
    /// job is written out as its create returns. With -Confirm they go one at a time.
    /// </summary>
    [Parameter]
    [ValidateRange(1, 256)]
    public int ThrottleLimit { get; set; }

    /// <summary>
    /// A file that records every create (JSON lines, appended): run the same batch again after a crash
    /// or a restart and each request found there writes its recorded job instead of being sent, so nothing
    /// is paid for twice. A request that was sent but never answered is reported, not sent again.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StatePath { get; set; }

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

        if (StatePath is not null)
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(StatePath);
            try
            {
                journal = CreateJournal.Open(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.Build(
                    new IOException($"-StatePath '{path}' cannot be read: {ex.Message} Give a file this account can read and write.", ex),
                    "Akool.StatePathUnreadable", ErrorCategory.ReadError, StatePath));
            }
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        FinishBackground();
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
        PumpBackground();
        if (!Check(request, check, target))
        {
            return;
        }

        var fingerprint = journal is null ? null : RequestFingerprint.Of(MyInvocation.MyCommand.Name, request!);
        if (fingerprint is not null && Recorded(journal!.Find(fingerprint), target))
        {
            return;
        }

        if (!ShouldProcess(target.ToString(), action + " (spends Akool credits)"))
        {
            return;
        }

        // A create is sent once and never retried when it may have reached Akool, so creates of different
        // rows can safely be in flight together; they are written out as each returns.
        var limit = Prompting ? 1 : ThrottleLimit > 0 ? ThrottleLimit : ActiveSession.Client.Options.MaxConcurrency;
        StartBackground(token => CreateAsync(request, target, fingerprint, create, token), limit);
        if (limit == 1)
        {
            FinishBackground();
        }
    }

    private async Task CreateAsync<TRequest>(TRequest request, object target, string? fingerprint, Func<TRequest, CancellationToken, Task<IReadOnlyList<CreateOutcome>>> create, CancellationToken cancellationToken)
    {
        var said = target.ToString() ?? string.Empty;
        IReadOnlyList<CreateOutcome> outcomes;
        try
        {
            if (fingerprint is not null)
            {
                journal!.Pending(fingerprint, said);
            }

            outcomes = await create(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AkoolValidationException ex)
        {
            // A check that needs what only the service knows (the language list, a model's limits) runs in the create.
            Record(fingerprint, j => j.Failed(fingerprint!, said, ex.Message));
            OnPipelineThread(() => Refuse(ex, target));
            return;
        }
        catch (AkoolException ex)
        {
            Record(fingerprint, j =>
            {
                if (ex is AkoolCreateOutcomeUnknownException)
                {
                    j.Unknown(fingerprint!, said, ex.Message);
                }
                else
                {
                    j.Failed(fingerprint!, said, ex.Message);
                }
            });
            EmitError(ErrorRecords.From(ex, target));
            return;
        }
        catch (OperationCanceledException)
        {
            Record(fingerprint, j => j.Unknown(fingerprint!, said, "The command was stopped while the create was in flight."));
            throw;
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Job is { } job)
            {
                // On disk before it is written out: a crash after this point cannot make the rerun pay again.
                Record(fingerprint, j => j.Created(fingerprint!, job));
                OnPipelineThread(() => Deliver(job));
            }
            else if (outcome.Error is { } error)
            {
                EmitError(ErrorRecords.From(error, string.IsNullOrEmpty(outcome.Label) ? target : outcome.Label));
            }
        }
    }

    private void Record(string? fingerprint, Action<CreateJournal> write)
    {
        if (fingerprint is null)
        {
            return;
        }

        try
        {
            write(journal!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            EmitError(ErrorRecords.Build(
                new IOException($"The create could not be recorded in '{journal!.Path}': {ex.Message} A rerun may send it again.", ex),
                "Akool.StatePathWriteFailed", ErrorCategory.WriteError, journal.Path));
        }
    }

    /// <summary>Writes out what -StatePath recorded for the request; true when it must not be sent.</summary>
    private bool Recorded(JournalFinding finding, object target)
    {
        switch (finding.State)
        {
            case JournalState.Created:
                WriteVerbose($"{target}: created in an earlier run, as recorded in {journal!.Path}; not sent again.");
                foreach (var job in finding.Jobs)
                {
                    Deliver(job);
                }

                return true;
            case JournalState.InFlight:
                WriteWarning($"{target}: the same request is already being sent in this run; it is sent once.");
                return true;
            case JournalState.Unknown:
                WriteError(ErrorRecords.Build(
                    new InvalidOperationException(
                        $"{target}: this request was sent{(finding.SentAt is { } at ? " at " + at.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)} and its answer never came, so Akool may have created the job. " +
                        $"It is not sent again. Look for it in your Akool account; to send it anyway, remove its lines from {journal!.Path}."),
                    "Akool.CreateOutcomeUnknown", ErrorCategory.ResourceExists, target));
                return true;
            default:
                return false;
        }
    }

    /// <summary>True when -Confirm (or $ConfirmPreference) makes each create ask first: then they go one at a time.</summary>
    private bool Prompting
    {
        get
        {
            if (MyInvocation.BoundParameters.TryGetValue("Confirm", out var confirm))
            {
                return confirm is SwitchParameter { IsPresent: true };
            }

            return GetVariableValue("ConfirmPreference") is ConfirmImpact preference && preference != ConfirmImpact.None && preference <= ConfirmImpact.Medium;
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
