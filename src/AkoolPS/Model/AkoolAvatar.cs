using System;
using System.Collections;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>An avatar from Akool's avatar list; pipe it to New-AkoolTalkingAvatar.</summary>
public sealed class AkoolAvatar
{
    internal AkoolAvatar(AvatarInfo info)
    {
        AvatarId = info.AvatarId;
        Name = info.Name;
        Type = info.Type;
        Source = info.Source;
        PreviewUrl = info.ThumbnailUrl ?? info.Url;
        Url = info.Url;
        ThumbnailUrl = info.ThumbnailUrl;
        Gender = info.Gender;
        Status = info.Status;
        CreatedAt = info.CreatedAt;
        EntryId = info.EntryId;
        AdditionalFields = AkoolVoice.ToDictionary(info.AdditionalFields);
    }

    /// <summary>
    /// An avatar named on the command line (<c>-Avatar Yasmin_in_White_shirt_20231121</c>, or the URL of an
    /// image or video of a person): PowerShell converts the text with this. An id is looked up in Akool's
    /// avatar list when the video is made; a URL is used as an uploaded avatar.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public static AkoolAvatar Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("An avatar is an avatar id from Get-AkoolAvatar, or the http(s) URL of an image or video.", nameof(text));
        }

        var trimmed = text.Trim();
        var url = Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps) ? parsed : null;
        return url is null
            ? new AkoolAvatar(new AvatarInfo { AvatarId = trimmed })
            : new AkoolAvatar(new AvatarInfo { AvatarId = string.Empty, Source = AkoolAvatarSource.Uploaded, Url = url });
    }

    /// <summary>True for an avatar known only by its id, not yet read from Akool's list.</summary>
    internal bool NeedsLookup => Source == AkoolAvatarSource.Unknown && AvatarId.Length > 0;

    /// <summary>The id to make a talking avatar video with.</summary>
    public string AvatarId { get; }

    /// <summary>The avatar's display name.</summary>
    public string? Name { get; }

    /// <summary>Talking (for talking avatar videos) or Streaming (for Akool's real-time sessions).</summary>
    public AkoolAvatarType Type { get; }

    /// <summary>Official (one of Akool's avatars) or Uploaded (one of the account's).</summary>
    public AkoolAvatarSource Source { get; }

    /// <summary>A picture of the avatar to look at: the thumbnail, else the avatar's own image or video.</summary>
    public Uri? PreviewUrl { get; }

    /// <summary>The avatar's image or video; an uploaded avatar's videos are made from it.</summary>
    public Uri? Url { get; }

    /// <summary>The small preview image.</summary>
    public Uri? ThumbnailUrl { get; }

    /// <summary>female or male, as Akool says.</summary>
    public string? Gender { get; }

    /// <summary>Whether an upload is ready (Completed) or still being prepared, when Akool says.</summary>
    public AkoolVideoStatus? Status { get; }

    /// <summary>When the avatar was added.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The list entry's record id (_id), not the avatar id.</summary>
    public string? EntryId { get; }

    /// <summary>Fields Akool sent that this version does not model.</summary>
    public IDictionary AdditionalFields { get; }

    /// <inheritdoc />
    public override string ToString() =>
        AvatarId.Length == 0 ? Url?.ToString() ?? string.Empty : Name is null ? AvatarId : $"{Name} ({AvatarId})";
}
