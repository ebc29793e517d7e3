using System;
using System.Linq;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

/// <summary>
/// Checks of the job requests, made before any request is sent: what Akool would refuse is refused
/// here, with a message that names the parameter, so no credit is spent on a call bound to fail.
/// </summary>
public static class RequestChecks
{
    /// <summary>The resolutions of image-to-video jobs.</summary>
    public static readonly string[] ImageResolutions = { "720p", "1080p", "4k" };

    /// <summary>The resolutions of talking photos.</summary>
    public static readonly string[] PhotoResolutions = { "720", "1080" };

    /// <summary>Refuses anything but an absolute http(s) address.</summary>
    public static void Url(Uri? url, string name, string what)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new AkoolValidationException(
                "InvalidUrl",
                $"The {name} ({what}) must be an absolute http or https address that Akool can download, not '{url}'.",
                url);
        }
    }

    /// <summary>Checks a talking-photo request.</summary>
    public static void Check(TalkingPhotoRequest request)
    {
        Url(request.PhotoUrl, "PhotoUrl", "the photo");
        Url(request.AudioUrl, "AudioUrl", "the speech");
        OptionalUrl(request.WebhookUrl);
        OneOf(request.Resolution, PhotoResolutions, "Resolution");
    }

    /// <summary>Checks a lip-sync request.</summary>
    public static void Check(LipSyncRequest request)
    {
        Url(request.VideoUrl, "VideoUrl", "the video");
        Url(request.AudioUrl, "AudioUrl", "the new audio");
        OptionalUrl(request.WebhookUrl);
    }

    /// <summary>Checks an image-to-video request.</summary>
    public static void Check(ImageToVideoRequest request)
    {
        Url(request.ImageUrl, "ImageUrl", "the image");
        OptionalUrl(request.WebhookUrl);
        OneOf(request.Resolution, ImageResolutions, "Resolution");
        if (request.LengthSeconds is not (5 or 10))
        {
            throw new AkoolValidationException("InvalidLength", $"An image-to-video job lasts 5 or 10 seconds, not {request.LengthSeconds}.", request.LengthSeconds);
        }

        if (string.IsNullOrWhiteSpace(request.Prompt) && string.IsNullOrWhiteSpace(request.EffectCode))
        {
            throw new AkoolValidationException("PromptRequired", "Give a prompt that says how to animate the image, or an effect.", null);
        }

        CheckAudio(request.Audio, request.AudioUrl);
    }

    /// <summary>Checks a request to add sound to an image-to-video job.</summary>
    public static void Check(AddVideoAudioRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.SourceJobId))
        {
            throw new AkoolValidationException("JobIdRequired", "Give the id of the completed image-to-video job to add sound to.", null);
        }

        if (request.Audio == VideoAudioSource.None)
        {
            throw new AkoolValidationException("AudioRequired", "Say where the sound comes from: an audio file, or sound Akool generates.", null);
        }

        CheckAudio(request.Audio, request.AudioUrl);
    }

    private static void CheckAudio(VideoAudioSource source, Uri? audioUrl)
    {
        if (source == VideoAudioSource.File)
        {
            Url(audioUrl, "AudioUrl", "the sound");
        }
        else if (audioUrl is not null)
        {
            throw new AkoolValidationException("AudioConflict", "An audio file gives the sound; it does not go with generated sound or with no sound.", audioUrl);
        }
    }

    private static void OptionalUrl(Uri? webhook)
    {
        if (webhook is not null)
        {
            Url(webhook, "WebhookUrl", "the webhook");
        }
    }

    private static void OneOf(string? value, string[] allowed, string name)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new AkoolValidationException("Invalid" + name, $"-{name} must be one of {string.Join(", ", allowed)}, not '{value}'.", value);
        }
    }
}
