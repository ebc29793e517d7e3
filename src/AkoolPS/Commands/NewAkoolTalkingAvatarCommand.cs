using System;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolTalkingAvatar: makes a video of an avatar speaking an audio file, or a text in a voice.</summary>
[Cmdlet(VerbsCommon.New, "AkoolTalkingAvatar", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = AudioSet)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolTalkingAvatarCommand : AkoolCreateCmdlet
{
    private const string AudioSet = "Audio";
    private const string TextSet = "Text";

    /// <summary>The avatar: one from Get-AkoolAvatar, its avatar id, or the http(s) URL of an image or video of a person.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public AkoolAvatar Avatar { get; set; } = null!;

    /// <summary>The speech: an http(s) address of an audio file; a finished New-AkoolSpeech job piped in gives its audio.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = AudioSet, ValueFromPipelineByPropertyName = true)]
    [JobAudioArgument]
    public Uri AudioUrl { get; set; } = null!;

    /// <summary>What the avatar says, spoken in -Voice.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = TextSet)]
    [ValidateNotNullOrEmpty]
    public string Text { get; set; } = null!;

    /// <summary>The voice that speaks -Text: a VoiceLab voice id, or an object with a VoiceId property.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TextSet)]
    [ValidateNotNull]
    public object Voice { get; set; } = null!;

    /// <summary>A background image (http(s) URL of a .png, .jpg, .jpeg or .webp), or a colour such as #ffffff.</summary>
    [Parameter]
    [Alias("Background")]
    [ValidateNotNullOrEmpty]
    public string? BackgroundUrl { get; set; }

    /// <summary>Where Akool posts an encrypted notice when the job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (Resolve(Avatar) is not { } avatar)
        {
            return;
        }

        var request = new TalkingAvatarRequest
        {
            AvatarId = avatar.AvatarId.Length > 0 ? avatar.AvatarId : null,
            AvatarSource = avatar.Source,
            AvatarUrl = avatar.Url,
            AudioUrl = ParameterSetName == AudioSet ? AudioUrl : null,
            Text = ParameterSetName == TextSet ? Text : null,
            VoiceId = ParameterSetName == TextSet ? VoiceIdOf(Voice) : null,
            Background = BackgroundUrl?.Trim(),
            WebhookUrl = WebhookUrl,
        };
        var speech = request.AudioUrl?.ToString() ?? $"{request.Text!.Length} characters of text";
        Submit(request, AvatarChecks.Check, avatar, $"Make a talking avatar video of {avatar} speaking {speech}", ActiveSession.Client.CreateTalkingAvatarAsync);
    }

    /// <summary>An avatar known only by its id is looked up in Akool's list, to learn whose it is; not found is an error for this record.</summary>
    private AkoolAvatar? Resolve(AkoolAvatar avatar)
    {
        if (!avatar.NeedsLookup)
        {
            return avatar;
        }

        if (!TryRun(token => ActiveSession.Client.FindAvatarAsync(avatar.AvatarId, token), avatar.AvatarId, out var found))
        {
            return null;
        }

        if (found is null)
        {
            WriteError(ErrorRecords.Build(
                new ItemNotFoundException($"Akool's avatar list has no avatar '{avatar.AvatarId}'. Get-AkoolAvatar lists the avatars (ids are case-sensitive); or give the URL of an image or video."),
                "Akool.AvatarNotFound", ErrorCategory.ObjectNotFound, avatar.AvatarId));
            return null;
        }

        return new AkoolAvatar(found);
    }

    /// <summary>A voice id, or the VoiceId of a voice object; anything else is left for the checks to refuse.</summary>
    private static string? VoiceIdOf(object voice)
    {
        var value = voice is PSObject wrapped ? wrapped.BaseObject : voice;
        return value is string text ? text.Trim() : PSObject.AsPSObject(voice).Properties["VoiceId"]?.Value?.ToString()?.Trim();
    }
}
