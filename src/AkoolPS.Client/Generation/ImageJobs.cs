using System.Text.Json;
using AkoolPS.Client.Jobs;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Generation;

/// <summary>An image-generation job as createbyprompt, createbybutton and image infobymodelid show it (<c>image_status</c>, <c>image</c>).</summary>
internal static class ImageJobs
{
    /// <summary>The field names of image jobs.</summary>
    public static readonly JobFields Fields = new() { Status = "image_status", Result = "image", Source = "source_image" };

    /// <summary>An image job from a create answer.</summary>
    public static VideoJob Read(JsonElement item) => Fields.Read(item, AkoolVideoKind.Image);
}
