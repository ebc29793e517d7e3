using System;
using System.Linq;
using System.Text.RegularExpressions;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

/// <summary>
/// Checks of talking avatar and moderation requests before any request is sent, with the limits of
/// Akool's talking avatar and Jarvis Moderator pages, so no credit is spent on a call bound to fail.
/// </summary>
public static class AvatarChecks
{
    /// <summary>The most text one talking avatar may speak (Akool's largest plan; smaller plans allow 5,000 or 10,000).</summary>
    public const int MaxText = 50_000;

    /// <summary>The image types Akool takes for avatars and backgrounds.</summary>
    public static readonly string[] ImageExtensions = { ".png", ".jpg", ".jpeg", ".webp" };

    /// <summary>The video types Akool takes for avatars.</summary>
    public static readonly string[] VideoExtensions = { ".mp4", ".mov", ".avi" };

    private static readonly Regex Colour = new("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant);
    private static readonly Regex LanguageCode = new("^[a-zA-Z]{2}$", RegexOptions.CultureInvariant);

    /// <summary>Checks a talking avatar request.</summary>
    public static void Check(TalkingAvatarRequest request)
    {
        if (request.AvatarSource == AkoolAvatarSource.Uploaded && request.AvatarUrl is null)
        {
            throw new AkoolValidationException("AvatarUrlRequired", "An uploaded avatar is made into a video from its image or video URL; give that URL.", request.AvatarId);
        }

        if (request.AvatarSource == AkoolAvatarSource.Official && string.IsNullOrWhiteSpace(request.AvatarId))
        {
            throw new AkoolValidationException("AvatarRequired", "Give the id of one of Akool's avatars, or the URL of an avatar image or video.", null);
        }

        if (request.AvatarSource is not (AkoolAvatarSource.Official or AkoolAvatarSource.Uploaded))
        {
            throw new AkoolValidationException("InvalidAvatar", $"The avatar's source must be Official or Uploaded, not {request.AvatarSource}.", request.AvatarSource);
        }

        // An official avatar's own link only names the saved file; an uploaded one is what Akool animates.
        if (request.AvatarSource == AkoolAvatarSource.Uploaded && request.AvatarUrl is not null)
        {
            Media(request.AvatarUrl, "the avatar", ImageExtensions.Concat(VideoExtensions).ToArray());
        }

        CheckSpeech(request);
        if (request.Background is { } background && !Colour.IsMatch(background))
        {
            var url = Uri.TryCreate(background, UriKind.Absolute, out var parsed) ? parsed : null;
            if (url is null)
            {
                throw new AkoolValidationException("InvalidBackground", $"The background must be an image URL or a colour such as #ffffff, not '{background}'.", background);
            }

            Media(url, "the background", ImageExtensions);
        }

        if (request.WebhookUrl is not null)
        {
            RequestChecks.Url(request.WebhookUrl, "WebhookUrl", "the webhook");
        }
    }

    /// <summary>Checks a moderation request.</summary>
    public static void Check(ModerationRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Content))
        {
            throw new AkoolValidationException("ContentRequired", "There is no content to check: give a text, or the URL of an image, video or audio file.", request.Content);
        }

        if (!Enum.IsDefined(typeof(AkoolContentType), request.ContentType))
        {
            throw new AkoolValidationException("InvalidContentType", $"The content type must be Image, Video, Audio or Text, not {request.ContentType}.", request.ContentType);
        }

        if (request.ContentType != AkoolContentType.Text)
        {
            var url = Uri.TryCreate(request.Content, UriKind.Absolute, out var parsed) ? parsed : null;
            RequestChecks.Url(url, request.ContentType + "Url", "the " + request.ContentType.ToString().ToLowerInvariant() + " to check");
        }

        if (request.Language is { } language && !LanguageCode.IsMatch(language))
        {
            throw new AkoolValidationException("InvalidLanguage", $"The language must be a two-letter ISO-639-1 code such as en or ja, not '{language}'.", language);
        }

        if (request.WebhookUrl is not null)
        {
            RequestChecks.Url(request.WebhookUrl, "WebhookUrl", "the webhook");
        }
    }

    /// <summary>
    /// Akool's price of a moderation, where the page gives one without knowing the media's length:
    /// 0.1 credit per started 600 characters of text, 0.2 an image; null for audio and video (per minute).
    /// </summary>
    public static double? ModerationCredits(ModerationRequest request) => request.ContentType switch
    {
        AkoolContentType.Text when !IsUrl(request.Content) => Math.Ceiling(request.Content.Length / 600.0) * 0.1,
        AkoolContentType.Image => 0.2,
        _ => null,
    };

    private static void CheckSpeech(TalkingAvatarRequest request)
    {
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        if (request.AudioUrl is not null)
        {
            if (hasText || request.VoiceId is not null)
            {
                throw new AkoolValidationException("SpeechConflict", "The avatar speaks either an audio file or a text in a voice, not both.", request.AudioUrl);
            }

            RequestChecks.Url(request.AudioUrl, "AudioUrl", "the speech");
            return;
        }

        if (!hasText || string.IsNullOrWhiteSpace(request.VoiceId))
        {
            throw new AkoolValidationException("SpeechRequired", "Say what the avatar speaks: a text with a voice id, or an audio file URL.", null);
        }

        if (request.Text!.Length > MaxText)
        {
            throw new AkoolValidationException("TextTooLong", $"The text has {request.Text.Length} characters; Akool takes at most {MaxText} (5,000 on Pro and 10,000 on Pro Max plans).", request.Text.Length);
        }
    }

    private static void Media(Uri url, string what, string[] extensions)
    {
        RequestChecks.Url(url, what == "the avatar" ? "AvatarUrl" : "BackgroundUrl", what);
        if (!extensions.Any(e => url.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            throw new AkoolValidationException("UnsupportedMedia", $"Akool takes {what} only as {string.Join(", ", extensions)}; '{url}' is not one of them.", url);
        }
    }

    private static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
