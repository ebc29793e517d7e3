using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// Add-AkoolVideoAudio: adds a sound track to a completed image-to-video job. Akool makes this a new
/// image-to-video job with its own id, which is what the cmdlet writes out.
/// </summary>
[Cmdlet(VerbsCommon.Add, "AkoolVideoAudio", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = InputObjectGenerated)]
[OutputType(typeof(AkoolVideo))]
public sealed class AddAkoolVideoAudioCommand : AkoolCreateCmdlet
{
    private const string InputObjectGenerated = "InputObjectGenerated";
    private const string InputObjectFile = "InputObjectFile";
    private const string ByIdGenerated = "ByIdGenerated";
    private const string ByIdFile = "ByIdFile";

    /// <summary>The completed image-to-video job, from New-AkoolImageToVideo -Wait, Wait-AkoolVideo or Get-AkoolVideo.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectGenerated)]
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectFile)]
    public AkoolVideo InputObject { get; set; } = null!;

    /// <summary>The id of the completed image-to-video job.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdGenerated)]
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdFile)]
    [Alias("_id", "PreVideoId")]
    [ValidateNotNullOrEmpty]
    public string Id { get; set; } = null!;

    /// <summary>The status known for a job read back from disk; a job known not to be completed is refused without a request.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdGenerated, DontShow = true)]
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdFile, DontShow = true)]
    public AkoolVideoStatus? Status { get; set; }

    /// <summary>The kind known for a job read back from disk; sound can be added to image-to-video jobs only.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdGenerated, DontShow = true)]
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdFile, DontShow = true)]
    public AkoolVideoKind? Kind { get; set; }

    /// <summary>The sound track: an http(s) audio file.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputObjectFile)]
    [Parameter(Mandatory = true, ParameterSetName = ByIdFile)]
    public Uri AudioUrl { get; set; } = null!;

    /// <summary>Let Akool generate the sound track.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputObjectGenerated)]
    [Parameter(Mandatory = true, ParameterSetName = ByIdGenerated)]
    public SwitchParameter GenerateAudio { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var (id, kind, status) = InputObject is { } video ? (video.Id, video.Kind, (AkoolVideoStatus?)video.Status) : (Id, Kind ?? AkoolVideoKind.ImageToVideo, Status);
        object target = (object?)InputObject ?? id;
        Status = null;
        Kind = null;
        if (kind != AkoolVideoKind.ImageToVideo)
        {
            WriteError(ErrorRecords.Build(
                new InvalidOperationException($"Sound can be added only to image-to-video jobs; {id} is a {kind} job."),
                "Akool.NotImageToVideo", ErrorCategory.InvalidArgument, target));
            return;
        }

        if (status is { } known && known != AkoolVideoStatus.Completed)
        {
            WriteError(ErrorRecords.Build(
                new InvalidOperationException($"The image-to-video job {id} is {status}; sound can be added once it is completed. Pipe it through Wait-AkoolVideo first."),
                "Akool.SourceNotCompleted", ErrorCategory.InvalidOperation, target));
            return;
        }

        var file = ParameterSetName is InputObjectFile or ByIdFile;
        var request = new AddVideoAudioRequest { SourceJobId = id, Audio = file ? VideoAudioSource.File : VideoAudioSource.Generated, AudioUrl = file ? AudioUrl : null };
        Submit(request, RequestChecks.Check, target, file ? "Add the sound " + AudioUrl : "Add a generated sound track", ActiveSession.Client.AddVideoAudioAsync);
    }
}
