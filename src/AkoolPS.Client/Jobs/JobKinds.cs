using System;
using System.Collections.Generic;
using System.Linq;

namespace AkoolPS.Client.Jobs;

/// <summary>
/// The registry of job kinds: one row per kind says what its result is, what its files are called, which
/// status call reads it and what its webhooks call it. The waiting engine, the reads, the downloads,
/// the webhooks and the views ask here; a new kind is a new row, never a new branch in them.
/// </summary>
public static class JobKinds
{
    private static readonly JobKindInfo[] Ordered =
    {
        Row(AkoolVideoKind.Translation, AkoolResultMedia.Video, "translation", Trackers.VideoInfo, "video translate", "video translation"),
        Row(AkoolVideoKind.TalkingPhoto, AkoolResultMedia.Video, "talking-photo", Trackers.VideoInfo, "talking photo"),
        Row(AkoolVideoKind.LipSync, AkoolResultMedia.Video, "lipsync", Trackers.VideoInfo, "lipsync", "lip sync"),
        Row(AkoolVideoKind.ImageToVideo, AkoolResultMedia.Video, "video", Trackers.ImageVideoResults),
        Row(AkoolVideoKind.Speech, AkoolResultMedia.Audio, "speech", Trackers.VoiceResource, "audio"),
        Row(AkoolVideoKind.VoiceChange, AkoolResultMedia.Audio, "voice-change", Trackers.VoiceResource),
        Row(AkoolVideoKind.VoiceClone, AkoolResultMedia.None, "voice-clone", Trackers.VoiceDetail),
        Row(AkoolVideoKind.TextToVideo, AkoolResultMedia.Video, "text-to-video", Trackers.ImageVideoResults),
        Row(AkoolVideoKind.Image, AkoolResultMedia.Image, "image", Trackers.ImageInfo, "image"),
        Row(AkoolVideoKind.TalkingAvatar, AkoolResultMedia.Video, "talking-avatar", Trackers.VideoInfo, "avatar", "talking avatar"),

        // The webhook page names no type for Jarvis Moderator, so its webhooks are read with an unknown kind.
        Row(AkoolVideoKind.Moderation, AkoolResultMedia.None, "moderation", Trackers.ModerationInfo),
        Row(AkoolVideoKind.FaceSwap, AkoolResultMedia.ImageOrVideo, "faceswap", Trackers.FaceSwapResults, "faceswap", "face swap"),

        // Akool documents no webhook type for these two; the words are the simulator's, kept in step with it.
        Row(AkoolVideoKind.CharacterSwap, AkoolResultMedia.Video, "character-swap", Trackers.VideoInfo, "character swap", "characterswap"),
        Row(AkoolVideoKind.HeadSwap, AkoolResultMedia.Video, "headswap", Trackers.HeadSwapTasks, "head swap", "headswap"),
    };

    private static readonly Dictionary<AkoolVideoKind, JobKindInfo> Rows = Ordered.ToDictionary(row => row.Kind);

    /// <summary>The kinds this version can track, in the registry's order.</summary>
    public static IReadOnlyList<AkoolVideoKind> Known => Ordered.Select(row => row.Kind).ToList();

    /// <summary>True when this version can track jobs of <paramref name="kind"/>.</summary>
    public static bool IsKnown(AkoolVideoKind kind) => Rows.ContainsKey(kind);

    /// <summary>What the result of a job of <paramref name="kind"/> is.</summary>
    public static AkoolResultMedia MediaOf(AkoolVideoKind kind) => Rows.TryGetValue(kind, out var row) ? row.Media : AkoolResultMedia.None;

    /// <summary>The word saved files of <paramref name="kind"/> carry.</summary>
    public static string FileTagOf(AkoolVideoKind kind) => Rows.TryGetValue(kind, out var row) ? row.FileTag : kind.ToString().ToLowerInvariant();

    /// <summary>The kind a webhook's <c>type</c> names, or null for a type this version does not know.</summary>
    public static AkoolVideoKind? FromWebhookType(string? type)
    {
        var wanted = type?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(wanted) ? null : Ordered.FirstOrDefault(row => row.WebhookTypes.Contains(wanted!))?.Kind;
    }

    internal static JobKindInfo Of(AkoolVideoKind kind) =>
        Rows.TryGetValue(kind, out var row) ? row : throw new ArgumentOutOfRangeException(nameof(kind), kind, "This version of the client cannot track jobs of this kind.");

    /// <summary>The status calls in a fixed order, each with the kinds it reads (to find the kind of a job known only by its id).</summary>
    internal static IEnumerable<IGrouping<JobTracker, AkoolVideoKind>> ByTracker() => Ordered.GroupBy(row => row.Tracker, row => row.Kind);

    private static JobKindInfo Row(AkoolVideoKind kind, AkoolResultMedia media, string fileTag, JobTracker tracker, params string[] webhookTypes) =>
        new(kind, media, fileTag, tracker, webhookTypes);
}
