using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client.Downloads;

namespace AkoolPS.Commands;

/// <summary>Save-AkoolVideo: downloads finished jobs' videos (and subtitles) and writes out the files.</summary>
[Cmdlet(VerbsData.Save, "AkoolVideo")]
[OutputType(typeof(FileInfo))]
public sealed class SaveAkoolVideoCommand : AkoolApiCmdlet
{
    private const int DownloadActivity = 0x4C1;
    private readonly HashSet<string> written = new(StringComparer.OrdinalIgnoreCase);
    private string folder = null!;

    /// <summary>Completed jobs, from Wait-AkoolVideo or Get-AkoolVideo.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public AkoolVideo InputObject { get; set; } = null!;

    /// <summary>The folder to save into; made if missing. Defaults to the current location.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = ".";

    /// <summary>Also save the original and translated subtitle files when Akool made them.</summary>
    [Parameter]
    public SwitchParameter IncludeSubtitles { get; set; }

    /// <summary>Replace files that already exist.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        if (File.Exists(folder))
        {
            ThrowTerminatingError(ErrorRecords.Build(
                new IOException($"-Path '{folder}' is a file, but Save-AkoolVideo needs a folder to save into. Give a folder (it is made if missing)."),
                "Akool.PathIsFile", ErrorCategory.InvalidArgument, Path));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var video = InputObject;
        if (video.Status != AkoolVideoStatus.Completed || video.ResultUrl is null)
        {
            WriteError(ErrorRecords.NotReady(video));
            return;
        }

        var files = ResultFileNames.For(video, IncludeSubtitles, written);
        foreach (var file in files)
        {
            var target = System.IO.Path.Combine(folder, file.Name);
            if (!Force && File.Exists(target))
            {
                ThrowTerminatingError(ErrorRecords.Build(
                    new IOException($"The file '{target}' already exists. Use -Force to replace it, or save into another folder."),
                    "Akool.FileExists", ErrorCategory.ResourceExists, target));
            }
        }

        foreach (var file in files)
        {
            Save(video, file.Url, System.IO.Path.Combine(folder, file.Name));
        }
    }

    private void Save(AkoolVideo video, Uri url, string target)
    {
        var name = System.IO.Path.GetFileName(target);
        var progress = new ProgressReporter<DownloadProgress>(p => EmitProgress(
            new ProgressRecord(DownloadActivity, "Saving " + name, p.TotalBytes is long total ? $"{p.BytesReceived / 1024:N0} of {total / 1024:N0} KB" : $"{p.BytesReceived / 1024:N0} KB")
            {
                PercentComplete = p.Percent ?? -1,
            }));
        try
        {
            if (TryRun(token => ActiveSession.Client.DownloadAsync(url, target, Force, progress, token), video, out var file))
            {
                var line = $"Saved {video} to {file.FullName} ({file.Length:N0} bytes).";
                WriteVerbose(line);
                if (!Interactive)
                {
                    EmitInformation(line);
                }
                // Through the provider, so the object carries PSPath and the rest that the file views expect.
                WriteObject(InvokeProvider.Item.Get(new[] { file.FullName }, true, true), enumerateCollection: true);
            }
        }
        finally
        {
            EmitProgress(new ProgressRecord(DownloadActivity, "Saving " + name, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
