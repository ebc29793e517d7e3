using System;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>An image-to-video effect (New-AkoolImageToVideo -Effect).</summary>
public sealed class AkoolEffect
{
    internal AkoolEffect(EffectInfo info)
    {
        Name = info.Name;
        Code = info.Code;
        PreviewUrl = info.PreviewUrl;
        LogoUrl = info.LogoUrl;
    }

    /// <summary>The display name ("Squish").</summary>
    public string Name { get; }

    /// <summary>The code Akool takes (-Effect takes the name or the code).</summary>
    public string Code { get; }

    /// <summary>A sample video of the effect.</summary>
    public Uri? PreviewUrl { get; }

    /// <summary>A still of the effect.</summary>
    public Uri? LogoUrl { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
