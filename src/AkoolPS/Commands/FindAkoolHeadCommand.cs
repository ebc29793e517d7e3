using System;
using System.Management.Automation;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>
/// Find-AkoolHead: submits Akool's head analysis of a video, waits for it and writes the heads it found,
/// each with the id New-AkoolHeadSwap maps. Ctrl+C stops waiting.
/// </summary>
[Cmdlet(VerbsCommon.Find, "AkoolHead")]
[OutputType(typeof(AkoolHead))]
public sealed class FindAkoolHeadCommand : AkoolApiCmdlet
{
    /// <summary>How long an analysis may take unless -Timeout says otherwise.</summary>
    internal static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How often the analysis is checked.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The video: an http(s) address of a video of about 3 to 20 seconds. A head swap must name the identical URL.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Url")]
    public Uri VideoUrl { get; set; } = null!;

    /// <summary>How long to wait for the analysis (default 10 minutes); a number is seconds.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? Timeout { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var timeout = Timeout ?? DefaultTimeout;
        if (!TryRun(token => ActiveSession.Client.AnalyzeHeadsAsync(VideoUrl, timeout, PollInterval, token), VideoUrl, out var analysis))
        {
            return;
        }

        if (analysis.Heads.Count == 0)
        {
            WriteWarning($"Akool found no head in {VideoUrl}.");
        }

        foreach (var head in analysis.Heads)
        {
            WriteObject(new AkoolHead(head, analysis.Id));
        }
    }
}
