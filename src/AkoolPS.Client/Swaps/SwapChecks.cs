using System;
using System.Linq;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

/// <summary>
/// Checks of the swap requests before any request is sent: what Akool's pages say it refuses (a map
/// without a target face, a whole image without its box, more than five heads, a duration out of range)
/// is refused here, so no credit is spent on a call bound to fail.
/// </summary>
public static class SwapChecks
{
    /// <summary>Face Swap Plus styles.</summary>
    public static readonly string[] Styles = { "realistic", "beautify", "lossless" };

    /// <summary>Character swap modes.</summary>
    public static readonly string[] Modes = { "animate", "replace" };

    /// <summary>Character swap resolutions.</summary>
    public static readonly string[] CharacterResolutions = { "480p", "720p", "1080p" };

    /// <summary>Head swap resolutions.</summary>
    public static readonly string[] HeadResolutions = { "480p", "720p" };

    /// <summary>The longest prompt a character swap takes.</summary>
    public const int MaxPrompt = 500;

    /// <summary>Checks a face swap: one face and no map, or a map whose every pair has both faces and the boxes whole images need.</summary>
    public static void Check(FaceSwapRequest request)
    {
        RequestChecks.Url(request.TargetUrl, "TargetUrl", "the image or video whose faces are replaced");
        if (request.FaceUrl is not null)
        {
            RequestChecks.Url(request.FaceUrl, "Face", "the new face");
        }

        Webhook(request.WebhookUrl);
        OneOf(request.Style, Styles, "Style");
        if (request.Map.Count == 0)
        {
            if (request.FaceUrl is null)
            {
                throw new AkoolValidationException("FaceRequired", "Give the new face, or a face map of source and target faces.", null);
            }

            return;
        }

        for (var i = 0; i < request.Map.Count; i++)
        {
            var pair = request.Map[i];
            Face(pair.Source, i, "source", "the new face");
            Face(pair.Target, i, "target", "the face it replaces");
        }
    }

    /// <summary>Checks a character swap.</summary>
    public static void Check(CharacterSwapRequest request)
    {
        RequestChecks.Url(request.ImageUrl, "ImageUrl", "the character image");
        RequestChecks.Url(request.VideoUrl, "VideoUrl", "the video whose motion is applied");
        Webhook(request.WebhookUrl);
        OneOf(request.Mode?.ToLowerInvariant(), Modes, "Mode");
        OneOf(request.Resolution, CharacterResolutions, "Resolution");
        if (request.DurationSeconds is double seconds && !(seconds >= 1 && seconds <= 120))
        {
            throw new AkoolValidationException("InvalidDuration", $"A character swap lasts 1 to 120 seconds, not {seconds}.", seconds);
        }

        if (request.Prompt is { Length: > MaxPrompt } prompt)
        {
            throw new AkoolValidationException("PromptTooLong", $"The prompt has {prompt.Length} characters; Akool takes at most {MaxPrompt}.", prompt.Length);
        }

        if (request.Model is not null && string.IsNullOrWhiteSpace(request.Model))
        {
            throw new AkoolValidationException("InvalidModel", "The model name is empty.", request.Model);
        }
    }

    /// <summary>Checks a head swap: one to five heads, each once, with a reference image each.</summary>
    public static void Check(HeadSwapRequest request)
    {
        RequestChecks.Url(request.VideoUrl, "VideoUrl", "the video");
        Webhook(request.WebhookUrl);
        OneOf(request.Resolution, HeadResolutions, "Resolution");
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            throw new AkoolValidationException("InvalidModel", $"The model name is empty; Akool's is {HeadSwapRequest.DefaultModel}.", request.Model);
        }

        if (request.Swaps.Count == 0)
        {
            throw new AkoolValidationException("SwapRequired", "Say which head to replace with which image (at least one).", null);
        }

        if (request.Swaps.Count > HeadSwapRequest.MaxSwaps)
        {
            throw new AkoolValidationException(
                "TooManySwaps",
                $"Akool replaces at most {HeadSwapRequest.MaxSwaps} heads in one head swap, not {request.Swaps.Count}; split them over several.",
                request.Swaps.Count);
        }

        var repeated = request.Swaps.GroupBy(s => s.Key).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new AkoolValidationException("RepeatedHead", $"Head {repeated.Key} is mapped more than once.", repeated.Key);
        }

        foreach (var swap in request.Swaps)
        {
            if (swap.Key < 0)
            {
                throw new AkoolValidationException("InvalidHead", $"Head ids are 0 or more (Akool's obj_id), not {swap.Key}.", swap.Key);
            }

            RequestChecks.Url(swap.Value, "image of head " + swap.Key, "the reference face");
        }
    }

    private static void Face(SwapFace? face, int index, string role, string what)
    {
        var where = $"Pair {index + 1} of the face map";
        if (face is null)
        {
            throw new AkoolValidationException(
                role == "target" ? "TargetFaceRequired" : "SourceFaceRequired",
                $"{where} has no {role} face ({what}).",
                index);
        }

        RequestChecks.Url(face.Url, $"{role} face of pair {index + 1}", what);
        if (face.WholeImage && face.Box is null)
        {
            throw new AkoolValidationException(
                "BoxRequired",
                $"{where}: the {role} face is a whole image, so Akool needs the box of the face in it (x1, y1, x2, y2); or give a cropped face from face detection.",
                face.Url);
        }

        if (face.Box is { IsValid: false } box)
        {
            throw new AkoolValidationException("InvalidBox", $"{where}: the {role} box {box} is not x1, y1, x2, y2 with x2 > x1 and y2 > y1.", box);
        }
    }

    private static void Webhook(Uri? url)
    {
        if (url is not null)
        {
            RequestChecks.Url(url, "WebhookUrl", "the webhook");
        }
    }

    private static void OneOf(string? value, string[] allowed, string name)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new AkoolValidationException("Invalid" + name, $"{name} must be one of {string.Join(", ", allowed)}, not '{value}'.", value);
        }
    }
}
