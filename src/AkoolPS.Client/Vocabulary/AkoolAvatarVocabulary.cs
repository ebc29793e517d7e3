// The vocabularies of Akool's avatars and content moderation, defined once and shown to users as they
// are (see AkoolVideoKind.cs for why they live in the AkoolPS namespace).
namespace AkoolPS;

/// <summary>What an avatar is for (Akool's <c>type</c> in the avatar list).</summary>
public enum AkoolAvatarType
{
    /// <summary>Akool sent a type this version does not know.</summary>
    Unknown = 0,
    /// <summary>1: a talking avatar, for talking avatar videos.</summary>
    Talking = 1,
    /// <summary>2: a streaming avatar, for Akool's real-time sessions.</summary>
    Streaming = 2,
}

/// <summary>Whose an avatar is (Akool's <c>from</c>, also sent as <c>avatar_from</c> when making a video).</summary>
public enum AkoolAvatarSource
{
    /// <summary>Akool sent a value this version does not know.</summary>
    Unknown = 0,
    /// <summary>2: one of Akool's own avatars.</summary>
    Official = 2,
    /// <summary>3: an avatar the account uploaded, or an image or video URL given directly.</summary>
    Uploaded = 3,
}

/// <summary>What content moderation judges (Akool's <c>type</c>).</summary>
public enum AkoolContentType
{
    /// <summary>1: an image URL.</summary>
    Image = 1,
    /// <summary>2: a video URL.</summary>
    Video = 2,
    /// <summary>3: an audio URL.</summary>
    Audio = 3,
    /// <summary>4: a text, or the URL of a text document.</summary>
    Text = 4,
}

/// <summary>Akool's verdict on moderated content (<c>final_conclusion</c>).</summary>
public enum AkoolModerationConclusion
{
    /// <summary>"Unknown": Akool could not decide, or said something this version does not know. Treat it as not cleared.</summary>
    Unknown = 0,
    /// <summary>"Compliant": nothing inappropriate was found.</summary>
    Compliant = 1,
    /// <summary>"Non-Compliant": Akool found inappropriate content; see the reasons.</summary>
    NonCompliant = 2,
}
