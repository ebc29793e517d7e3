using System;
using System.Management.Automation;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>Find-AkoolFace: the faces in an image or a video (Akool's face detection), to build face swap maps from.</summary>
[Cmdlet(VerbsCommon.Find, "AkoolFace")]
[OutputType(typeof(AkoolFace))]
public sealed class FindAkoolFaceCommand : AkoolApiCmdlet
{
    /// <summary>The image or video: an http(s) address Akool can download (JPG, PNG, BMP, WEBP; MP4, MOV, AVI, WEBM).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ImageUrl", "VideoUrl")]
    public Uri Url { get; set; } = null!;

    /// <summary>For a video: how many frames to look at (1 to 100; Akool's default is 5). Ignored for an image.</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? Frames { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!TryRun(token => ActiveSession.Client.FindFacesAsync(Url, Frames, token), Url, out var faces))
        {
            return;
        }

        if (faces.Count == 0)
        {
            WriteVerbose($"Akool found no face in {Url}.");
        }

        foreach (var face in faces)
        {
            WriteObject(new AkoolFace(face));
        }
    }
}
