using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Waiting;

namespace AkoolPS.Commands;

/// <summary>Wait-AkoolVideo: waits for many jobs at once and writes each out the moment it ends.</summary>
[Cmdlet(VerbsLifecycle.Wait, "AkoolVideo", DefaultParameterSetName = InputObjectSet)]
[OutputType(typeof(AkoolVideo))]
public sealed class WaitAkoolVideoCommand : AkoolJobCmdlet
{
    /// <summary>How long to wait in all (a number is seconds); jobs still running then are Akool.WaitTimeout errors. Leave out to wait until every job ends.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? Timeout { get; set; }

    /// <summary>The wait between two polls of a job, and before its first (a number is seconds).</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan PollInterval { get; set; } = WaitParameters.DefaultPollInterval;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        WaitParameters.Build(this, Timeout, PollInterval);
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        ResolveKinds();
        VideoWaiter.Wait(this, ActiveSession, Jobs, WaitParameters.Build(this, Timeout, PollInterval));
    }
}
