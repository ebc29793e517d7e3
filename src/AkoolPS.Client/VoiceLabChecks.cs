using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

/// <summary>
/// Checks of VoiceLab requests, made before any request is sent: the ranges and sets of the official
/// page, so nothing is paid for or queued that Akool would refuse.
/// </summary>
public static class VoiceLabChecks
{
    /// <summary>The longest text one speech job takes (Akool's Business plan).</summary>
    public const int MaxTextLength = 50_000;

    /// <summary>The audio formats of speech and voice changes.</summary>
    public static readonly string[] Formats = { "mp3", "wav" };

    /// <summary>The emotions speech takes (Chinese voices only, says Akool).</summary>
    public static readonly string[] Emotions = { "happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral" };

    /// <summary>The voice models a clone can be made with.</summary>
    public static readonly string[] CloneModels = { "Akool Multilingual 1", "Akool Multilingual 3", "Akool Multilingual 4" };

    /// <summary>The voice_options fields speech takes; any other option goes to extra_options.</summary>
    internal static readonly string[] SpeechVoiceOptions = { "stability", "similarity_boost", "style", "speed", "speaker_boost", "emotion", "volume" };

    /// <summary>Checks a speech request.</summary>
    public static void Check(SpeechRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new AkoolValidationException("TextRequired", "The text to speak is empty; give the words to read.", request.Text);
        }

        if (request.Text.Length > MaxTextLength)
        {
            throw new AkoolValidationException("TextTooLong", $"The text is {request.Text.Length:N0} characters; one speech job takes at most {MaxTextLength:N0}. Split it into several texts.", request.Text.Length);
        }

        Voice(request.VoiceId);
        Language(request.Language, "speech language");
        Speech(request.Speed, request.Stability, request.SimilarityBoost, request.StyleStrength, request.Format, request.WebhookUrl);
        if (request.Volume is < 0 or > 100)
        {
            throw Range("volume", request.Volume, "0", "100");
        }

        if (request.Emotion is not null && !Emotions.Contains(request.Emotion, StringComparer.OrdinalIgnoreCase))
        {
            throw new AkoolValidationException("InvalidEmotion", $"The emotion must be one of {string.Join(", ", Emotions)}, not '{request.Emotion}'.", request.Emotion);
        }

        foreach (var key in request.Options?.Keys ?? Enumerable.Empty<string>())
        {
            var typed = key is "stability" or "similarity_boost" or "style" or "speed" or "emotion" or "volume" || (key == "audio_setting" && request.Format is not null);
            if (string.IsNullOrWhiteSpace(key) || typed || key is "voice_options" or "extra_options" or "input_text" or "voice_id" or "language_code" or "webhookUrl")
            {
                throw new AkoolValidationException("InvalidOption", $"The option '{key}' is set by a parameter of its own; give it there, not among the options.", key);
            }
        }
    }

    /// <summary>Checks a voice-change request.</summary>
    public static void Check(VoiceChangeRequest request)
    {
        RequestChecks.Url(request.SourceUrl, "SourceUrl", "the recording");
        Voice(request.VoiceId);
        Speech(request.Speed, request.Stability, request.SimilarityBoost, request.StyleStrength, request.Format, request.WebhookUrl);
    }

    /// <summary>Checks a voice-clone request.</summary>
    public static void Check(VoiceCloneRequest request)
    {
        RequestChecks.Url(request.SourceUrl, "SourceUrl", "the recording");
        Language(request.Language, "recording's language");
        OptionalUrl(request.WebhookUrl);
        if (request.Model is not null && !CloneModels.Contains(request.Model, StringComparer.OrdinalIgnoreCase))
        {
            throw new AkoolValidationException("InvalidModel", $"A clone is made with {string.Join(", ", CloneModels)}, not '{request.Model}'.", request.Model);
        }

        foreach (var tag in new[] { request.Gender, request.Age, request.Style, request.Scenario }.Where(t => t is not null).SelectMany(t => t!))
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                throw new AkoolValidationException("InvalidTag", "A voice tag (gender, age, style or scenario) is empty.", tag);
            }
        }
    }

    /// <summary>A voice id as text and speech changes take it.</summary>
    internal static void Voice(string? voiceId)
    {
        if (string.IsNullOrWhiteSpace(voiceId))
        {
            throw new AkoolValidationException("VoiceRequired", "No voice was given: pass a voice from the voice list, its voice id, or a finished voice clone.", voiceId);
        }
    }

    /// <summary>An ISO 639-1 code such as "en" (Akool also lists "fil" and "yue").</summary>
    internal static void Language(string? code, string what)
    {
        if (code is not null && !(code.Length is 2 or 3 && code.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')))
        {
            throw new AkoolValidationException("InvalidLanguage", $"The {what} must be an ISO 639-1 code such as en, de or pt, not '{code}'.", code);
        }
    }

    private static void Speech(double? speed, double? stability, double? similarity, double? style, string? format, Uri? webhook)
    {
        if (speed is < 0.7 or > 1.2 || speed is double.NaN)
        {
            throw Range("speed", speed, "0.7", "1.2");
        }

        foreach (var (name, value) in new[] { ("stability", stability), ("similarity boost", similarity), ("style strength", style) })
        {
            if (value is < 0 or > 1 || value is double.NaN)
            {
                throw Range(name, value, "0", "1");
            }
        }

        if (format is not null && !Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            throw new AkoolValidationException("InvalidFormat", $"The audio format must be mp3 or wav, not '{format}'.", format);
        }

        OptionalUrl(webhook);
    }

    private static void OptionalUrl(Uri? webhook)
    {
        if (webhook is not null)
        {
            RequestChecks.Url(webhook, "WebhookUrl", "where Akool posts the job's notice");
        }
    }

    private static AkoolValidationException Range(string name, object? value, string min, string max) =>
        new("OutOfRange", string.Format(CultureInfo.InvariantCulture, "The {0} must be between {1} and {2}, not {3}.", name, min, max, value), value);
}
