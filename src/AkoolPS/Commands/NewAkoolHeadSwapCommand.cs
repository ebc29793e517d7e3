using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// New-AkoolHeadSwap: replaces up to five heads of a video with reference faces. Pipe heads from
/// Find-AkoolHead with -ImageUrl, or give -VideoUrl and -Swap @{ ObjectId = image url }; a video not yet
/// analysed in this session is analysed first.
/// </summary>
[Cmdlet(VerbsCommon.New, "AkoolHeadSwap", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = HeadsSet)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolHeadSwapCommand : AkoolCreateCmdlet
{
    private const string HeadsSet = "Heads";
    private const string VideoSet = "Video";

    private readonly List<AkoolHead> heads = new();

    /// <summary>Heads from Find-AkoolHead; each carries its video. Heads of one video make one head swap.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = HeadsSet)]
    public AkoolHead[] Head { get; set; } = null!;

    /// <summary>The reference face that replaces the piped heads: an http(s) address of an image.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = HeadsSet)]
    public Uri ImageUrl { get; set; } = null!;

    /// <summary>The video: the identical http(s) address Find-AkoolHead analysed (or that is analysed now).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = VideoSet)]
    public Uri VideoUrl { get; set; } = null!;

    /// <summary>Which head (its ObjectId) becomes which reference face: @{ 0 = 'https://.../face.jpg' }. At most five.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = VideoSet)]
    [ValidateNotNullOrEmpty]
    public Hashtable Swap { get; set; } = null!;

    /// <summary>480p or 720p (the default; Akool requires one).</summary>
    [Parameter]
    [ValidateSet("480p", "720p")]
    public string Resolution { get; set; } = HeadSwapRequest.DefaultResolution;

    /// <summary>The model (default akool-premium, Akool's documented one; Akool requires one).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Model { get; set; } = HeadSwapRequest.DefaultModel;

    /// <summary>Keep the video's sound (Akool does unless -KeepOriginalSound:$false).</summary>
    [Parameter]
    public SwitchParameter KeepOriginalSound { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == VideoSet)
        {
            Send(VideoUrl, Swaps());
        }
        else
        {
            heads.AddRange(Head.Where(h => h is not null));
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        foreach (var video in heads.GroupBy(h => h.VideoUrl.AbsoluteUri))
        {
            var first = video.First();
            Send(first.VideoUrl, video.Select(h => h.ObjectId).Distinct().Select(id => new KeyValuePair<int, Uri>(id, ImageUrl)).ToList());
        }

        base.EndProcessing();
    }

    private void Send(Uri video, IReadOnlyList<KeyValuePair<int, Uri>> swaps)
    {
        var request = new HeadSwapRequest
        {
            VideoUrl = video,
            Swaps = swaps,
            Resolution = Resolution,
            Model = Model,
            KeepOriginalSound = MyInvocation.BoundParameters.ContainsKey(nameof(KeepOriginalSound)) ? KeepOriginalSound.IsPresent : null,
            WebhookUrl = WebhookUrl,
        };
        Submit(request, SwapChecks.Check, video, $"Swap {swaps.Count} head(s) of {video}", AnalyzeThenCreateAsync);
    }

    /// <summary>A video this session has not analysed is analysed first (the page requires a completed analysis).</summary>
    private async Task<VideoJob> AnalyzeThenCreateAsync(HeadSwapRequest request, CancellationToken token)
    {
        var client = ActiveSession.Client;
        if (client.KnownHeadAnalysis(request.VideoUrl) is null)
        {
            await client.AnalyzeHeadsAsync(request.VideoUrl, FindAkoolHeadCommand.DefaultTimeout, FindAkoolHeadCommand.PollInterval, token).ConfigureAwait(false);
        }

        return await client.CreateHeadSwapAsync(request, token).ConfigureAwait(false);
    }

    private List<KeyValuePair<int, Uri>> Swaps()
    {
        var swaps = new List<KeyValuePair<int, Uri>>();
        foreach (DictionaryEntry entry in Swap)
        {
            var key = entry.Key is PSObject k ? k.BaseObject : entry.Key;
            var value = entry.Value is PSObject v ? v.BaseObject : entry.Value;
            Uri? image = null;
            if (!LanguagePrimitives.TryConvertTo(key, out int id) || !Uri.TryCreate(value?.ToString(), UriKind.Absolute, out image))
            {
                ThrowTerminatingError(ErrorRecords.Build(
                    new ArgumentException($"-Swap maps a head's ObjectId (a number) to the URL of its reference face; '{key}' = '{value}' is not that."),
                    "Akool.InvalidSwap", ErrorCategory.InvalidArgument, Swap));
            }

            swaps.Add(new KeyValuePair<int, Uri>(id, image!));
        }

        return swaps.OrderBy(s => s.Key).ToList();
    }
}
