using System;
using System.Collections.Generic;
using System.Management.Automation;
using AkoolPS.Client.Models;

namespace AkoolPS.Base;

/// <summary>
/// The base of cmdlets that take jobs: job objects from the pipeline, or ids with their kind, bound
/// by property name, so that objects read back from Export-Clixml or ConvertFrom-Json work too.
/// Jobs are collected as they come and handled together at the end.
/// </summary>
public abstract class AkoolJobCmdlet : AkoolApiCmdlet
{
    /// <summary>The parameter set of job objects.</summary>
    protected const string InputObjectSet = "InputObject";

    /// <summary>The parameter set of ids.</summary>
    protected const string ByIdSet = "ById";

    private readonly List<VideoJob> jobs = new();
    private AkoolVideoKind? givenKind;
    private string? givenLanguage;
    private string? givenSourceLanguage;
    private Uri? givenSourceUrl;

    /// <summary>Job objects, from New-AkoolTranslation, Get-AkoolVideo or Wait-AkoolVideo.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
    public AkoolVideo[] InputObject { get; set; } = Array.Empty<AkoolVideo>();

    /// <summary>Akool job ids (the _id of the create call).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("_id", "VideoId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>
    /// The kind of the jobs named by -Id; it decides how they are tracked. Left out, the module asks
    /// Akool's status calls in turn and takes the kind whose call knows the id, or says it cannot tell.
    /// </summary>
    [Parameter(ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    public AkoolVideoKind? Kind { get; set; }

    /// <summary>The target language known for a job read back from disk (kept on the result; the status call does not return it).</summary>
    [Parameter(ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? Language { get; set; }

    /// <summary>The source language known for a job read back from disk.</summary>
    [Parameter(ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? SourceLanguage { get; set; }

    /// <summary>The source video known for a job read back from disk (Save-AkoolVideo names files after it).</summary>
    [Parameter(ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true, DontShow = true)]
    public Uri? SourceUrl { get; set; }

    private readonly List<string> unknownKinds = new();

    /// <summary>The jobs given so far, in order, without duplicates; ids given without a kind are added by <see cref="ResolveKinds"/>.</summary>
    protected IReadOnlyList<VideoJob> Jobs => jobs;

    /// <summary>
    /// Finds the kind of each job given by id alone, and adds it to <see cref="Jobs"/>. A job whose kind
    /// cannot be told for certain is a non-terminating error: no job is ever read as a kind it is not.
    /// </summary>
    protected void ResolveKinds()
    {
        foreach (var id in unknownKinds)
        {
            if (TryRun(token => ActiveSession.Client.FindJobAsync(id, token), id, out var found))
            {
                WriteVerbose($"The job {id} is a {found.Kind} job.");
                Add(found.Over(jobs.Find(j => j.Id == id)));
            }
        }

        unknownKinds.Clear();
    }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        givenKind = Kind;
        givenLanguage = Language;
        givenSourceLanguage = SourceLanguage;
        givenSourceUrl = SourceUrl;
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == InputObjectSet)
        {
            foreach (var video in InputObject)
            {
                Add(video.Job);
            }

            return;
        }

        foreach (var id in Id)
        {
            if (Kind is null)
            {
                if (!unknownKinds.Contains(id.Trim()))
                {
                    unknownKinds.Add(id.Trim());
                }

                continue;
            }

            Add(new VideoJob
            {
                Id = id.Trim(),
                Kind = Kind.Value,
                Language = string.IsNullOrEmpty(Language) ? null : Language,
                SourceLanguage = string.IsNullOrEmpty(SourceLanguage) ? null : SourceLanguage,
                SourceUrl = SourceUrl is { IsAbsoluteUri: true } ? SourceUrl : null,
            });
        }

        // PowerShell keeps a value bound by property name for the next record when that record lacks
        // the property: go back to what the command line said, so one job's kind never leaks to the next.
        Kind = givenKind;
        Language = givenLanguage;
        SourceLanguage = givenSourceLanguage;
        SourceUrl = givenSourceUrl;
    }

    private void Add(VideoJob job)
    {
        var index = jobs.FindIndex(j => j.Id == job.Id && j.Kind == job.Kind);
        if (index >= 0)
        {
            jobs[index] = job.Over(jobs[index]);
        }
        else
        {
            jobs.Add(job);
        }
    }
}
