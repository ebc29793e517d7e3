using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Downloads;
using AkoolPS.Client.Errors;
using AkoolPS.Saving;

namespace AkoolPS.Commands;

/// <summary>
/// Save-AkoolVideo: downloads finished jobs' results (and subtitles) into a folder, several at once,
/// and writes out each file as it completes. Names come from the job, never from the link.
/// </summary>
[Cmdlet(VerbsData.Save, "AkoolVideo", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveAkoolVideoCommand : AkoolApiCmdlet
{
    private const int DownloadActivity = 0x4C1;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);
    private string folder = null!;
    private int activity;

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

    /// <summary>How many files download at once (1 to 64; default 4).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 4;

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
        }
        else
        {
            foreach (var file in ResultFileNames.For(video, IncludeSubtitles, used))
            {
                Begin(video, file);
            }
        }

        // Write out whatever finished meanwhile.
        PumpBackground();
    }

    /// <inheritdoc />
    protected override void EndProcessing() => FinishBackground();

    private void Begin(AkoolVideo video, ResultFile file)
    {
        DownloadTarget target;
        try
        {
            if (!AkoolClient.IsDownloadableLink(file.Url))
            {
                throw new AkoolDownloadException("UnsupportedLink", $"The result link of {video} is a {file.Url.Scheme}: address, not http or https; it was not downloaded. Get the job again with Get-AkoolVideo for a fresh link.", video, AkoolFailureKind.InvalidResponse);
            }

            target = new DownloadTarget(folder, file.Stem, file.Media, Force);
        }
        catch (AkoolDownloadException ex)
        {
            WriteError(ErrorRecords.From(ex, video));
            return;
        }

        var path = target.ExpectedPath;
        var exists = File.Exists(path);
        if (exists && !Force)
        {
            WriteError(FileExists(path));
            return;
        }

        if (!ShouldProcess(path, exists ? $"Replace with the result of {video}" : $"Save the result of {video}"))
        {
            return;
        }

        var id = DownloadActivity + ++activity;
        var progress = new ProgressReporter<DownloadProgress>(p => EmitProgress(DownloadProgressRecord.Of(id, target.Stem, p)));
        var client = ActiveSession.Client;
        StartBackground(
            async token =>
            {
                try
                {
                    var saved = await client.DownloadAsync(file.Url, target, progress, token).ConfigureAwait(false);
                    OnPipelineThread(() => Written(video, saved));
                }
                catch (Exception ex) when (ex is AkoolException or IOException or UnauthorizedAccessException)
                {
                    EmitError(ex is AkoolDownloadException { Reason: "FileExists", Target: string existing } ? FileExists(existing) : ErrorRecords.From(ex, video));
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                }
                finally
                {
                    EmitProgress(DownloadProgressRecord.Of(id, target.Stem, null));
                }
            },
            ThrottleLimit);
    }

    private void Written(AkoolVideo video, FileInfo file)
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

    private static ErrorRecord FileExists(string path) => ErrorRecords.Build(
        new IOException($"The file '{path}' already exists. Use -Force to replace it, or save into another folder."),
        "Akool.FileExists", ErrorCategory.ResourceExists, path);
}
