using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// New-AkoolFaceSwap: Akool's Face Swap Plus on an image or a video. One face and no map swaps the main
/// face; -FaceMap swaps several, each pair a Source and a Target face from Find-AkoolFace or a URL.
/// </summary>
[Cmdlet(VerbsCommon.New, "AkoolFaceSwap", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolFaceSwapCommand : AkoolCreateCmdlet
{
    /// <summary>The new face: an http(s) address of an image. Optional with -FaceMap (the first pair's source is then sent).</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FaceUrl", "SourceUrl")]
    public Uri? Face { get; set; }

    /// <summary>The image or video whose faces are replaced: an http(s) address.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public Uri TargetUrl { get; set; } = null!;

    /// <summary>
    /// Pairs for several faces: @{ Source = face; Target = face }, where a face is an AkoolFace from
    /// Find-AkoolFace, the URL of a cropped face, or a whole image with its box: @{ Url = url; Box = x1, y1, x2, y2 }.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public IDictionary[]? FaceMap { get; set; }

    /// <summary>Realistic (Akool's default), Beautify or Lossless.</summary>
    [Parameter]
    [ValidateSet("Realistic", "Beautify", "Lossless")]
    public string? Style { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        IReadOnlyList<FaceSwapPair> map;
        try
        {
            map = FaceMap is null ? Array.Empty<FaceSwapPair>() : FaceMap.Select((pair, i) => Pair(pair, i)).ToList();
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(ErrorRecords.Build(ex, "Akool.InvalidFaceMap", ErrorCategory.InvalidArgument, FaceMap));
            return;
        }

        var request = new FaceSwapRequest
        {
            FaceUrl = Face,
            TargetUrl = TargetUrl,
            Map = map,
            Style = Style?.ToLowerInvariant(),
            WebhookUrl = WebhookUrl,
        };
        var what = map.Count == 0 ? "Swap the face" : $"Swap {map.Count} face(s)";
        Submit(request, SwapChecks.Check, TargetUrl, $"{what} in {TargetUrl}", ActiveSession.Client.CreateFaceSwapAsync);
    }

    private static FaceSwapPair Pair(IDictionary pair, int index) =>
        new(ToFace(Entry(pair, "Source"), index, "Source"), ToFace(Entry(pair, "Target"), index, "Target"));

    private static object? Entry(IDictionary pair, string key)
    {
        foreach (DictionaryEntry entry in pair)
        {
            if (string.Equals(entry.Key?.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            }
        }

        return null;
    }

    /// <summary>A face of the map: an AkoolFace, a URL (a crop), or @{ Url; Box } (a whole image, which needs its box).</summary>
    private static SwapFace? ToFace(object? value, int index, string role) => value switch
    {
        null => null,
        AkoolFace face => face.ToSwapFace() ?? throw Bad(index, role, "is a face without a crop or a box"),
        Uri uri => new SwapFace(uri),
        string text => new SwapFace(ToUri(text, index, role)),
        IDictionary whole => new SwapFace(
            ToUri(Entry(whole, "Url")?.ToString() ?? throw Bad(index, role, "has no Url"), index, role),
            Entry(whole, "Box") is { } box ? ToBox(box, index, role) : null,
            WholeImage: true),
        _ => throw Bad(index, role, $"is a {value.GetType().Name}; give an AkoolFace, a URL or @{{ Url = ...; Box = x1, y1, x2, y2 }}"),
    };

    private static FaceBox ToBox(object box, int index, string role)
    {
        var numbers = (box is IEnumerable items and not string ? items.Cast<object?>() : new[] { box })
            .Select(n => LanguagePrimitives.TryConvertTo<double>(n is PSObject p ? p.BaseObject : n, out double d) ? d : double.NaN)
            .ToArray();
        return numbers.Length == 4 && numbers.All(n => !double.IsNaN(n) && !double.IsInfinity(n))
            ? new FaceBox(numbers[0], numbers[1], numbers[2], numbers[3])
            : throw Bad(index, role, "has a Box that is not four numbers x1, y1, x2, y2");
    }

    private static Uri ToUri(string text, int index, string role) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw Bad(index, role, $"has '{text}', which is not an absolute URL");

    private static ArgumentException Bad(int index, string role, string problem) =>
        new($"-FaceMap pair {index + 1}: the {role} face {problem}.");
}
