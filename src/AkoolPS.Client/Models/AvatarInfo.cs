using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>One avatar of Akool's avatar list (<c>v3/avatar/list</c>).</summary>
public sealed class AvatarInfo
{
    /// <summary>The id a talking avatar video is made with (<c>avatar_id</c>).</summary>
    public string AvatarId { get; init; } = string.Empty;

    /// <summary>The list entry's own record id (<c>_id</c>).</summary>
    public string? EntryId { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>Talking or Streaming.</summary>
    public AkoolAvatarType Type { get; init; }

    /// <summary>Akool's own (Official) or the account's (Uploaded).</summary>
    public AkoolAvatarSource Source { get; init; }

    /// <summary>The avatar's image or video (<c>url</c>); an uploaded avatar is made into videos from it.</summary>
    public Uri? Url { get; init; }

    /// <summary>A small preview image (<c>thumbnailUrl</c>).</summary>
    public Uri? ThumbnailUrl { get; init; }

    /// <summary>female or male, as Akool says.</summary>
    public string? Gender { get; init; }

    /// <summary>Processing state of an upload (Completed when ready to use), when Akool says.</summary>
    public AkoolVideoStatus? Status { get; init; }

    /// <summary>When the avatar was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Every other field of Akool's entry, untouched.</summary>
    public IReadOnlyDictionary<string, object?> AdditionalFields { get; init; } = VideoJob.EmptyFields;
}

/// <summary>One page of the avatar list.</summary>
public sealed class AvatarPage
{
    /// <summary>The avatars that could be read.</summary>
    public IReadOnlyList<AvatarInfo> Avatars { get; init; } = Array.Empty<AvatarInfo>();

    /// <summary>How many entries Akool sent, readable or not: fewer than the page size means the last page.</summary>
    public int Entries { get; init; }
}

/// <summary>A talking avatar video: an avatar that speaks an audio file, or a text in a voice.</summary>
public sealed class TalkingAvatarRequest
{
    /// <summary>The avatar's id, for one of Akool's avatars or an uploaded one from the avatar list.</summary>
    public string? AvatarId { get; init; }

    /// <summary>Official for Akool's avatars; Uploaded for the account's avatars and for <see cref="AvatarUrl"/>.</summary>
    public AkoolAvatarSource AvatarSource { get; init; } = AkoolAvatarSource.Official;

    /// <summary>The avatar's image or video: required (and sent) when the source is Uploaded; for an official avatar it only names the saved file.</summary>
    public Uri? AvatarUrl { get; init; }

    /// <summary>What the avatar says, spoken in <see cref="VoiceId"/>; or give <see cref="AudioUrl"/>.</summary>
    public string? Text { get; init; }

    /// <summary>A VoiceLab voice id, for <see cref="Text"/>.</summary>
    public string? VoiceId { get; init; }

    /// <summary>The speech as an audio file; or give a text and a voice.</summary>
    public Uri? AudioUrl { get; init; }

    /// <summary>A background image URL, or a colour as #RRGGBB.</summary>
    public string? Background { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}

/// <summary>Content for Akool's moderation (Jarvis Moderator).</summary>
public sealed class ModerationRequest
{
    /// <summary>What the content is.</summary>
    public AkoolContentType ContentType { get; init; } = AkoolContentType.Text;

    /// <summary>The text, or the URL of the image, video, audio or text document.</summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>The content's language (ISO-639-1, e.g. en), for video, audio and text.</summary>
    public string? Language { get; init; }

    /// <summary>Words that say what else to look for (Akool's <c>input</c>).</summary>
    public string? Prompt { get; init; }

    /// <summary>Where Akool posts the job's webhook.</summary>
    public Uri? WebhookUrl { get; init; }
}
