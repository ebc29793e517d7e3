using System.Collections;
using System.Linq;
using AkoolPS.Client.Models;

namespace AkoolPS;

/// <summary>One of Akool's AI models: what it makes, what it accepts and what it costs.</summary>
public sealed class AkoolModel
{
    internal AkoolModel(AiModelInfo info)
    {
        Name = info.Name;
        For = info.Kind;
        Label = info.Label;
        Provider = info.Provider;
        Description = info.Description;
        Resolutions = info.Resolutions.Select(r => new AkoolModelResolution(r)).ToArray();
        Lengths = info.Lengths.ToArray();
        MaxCount = info.MaxCount;
        SupportsLastFrame = info.SupportsLastFrame;
        SupportsAudio = info.SupportsAudio;
        SupportsExtendPrompt = info.SupportsExtendPrompt;
        IsPro = info.IsPro;
        RequiresPay = info.RequiresPay;
        ApiFields = AkoolVoice.ToDictionary(info.ApiFields);
    }

    /// <summary>The name to pass to -Model (Akool's model_name).</summary>
    public string Name { get; }

    /// <summary>What the model makes: ImageToVideo, TextToVideo or CharacterSwap.</summary>
    public AkoolVideoKind For { get; }

    /// <summary>The display name.</summary>
    public string Label { get; }

    /// <summary>Who made it.</summary>
    public string? Provider { get; }

    /// <summary>What it is good at.</summary>
    public string? Description { get; }

    /// <summary>The resolutions it makes, each with its size and its price per second.</summary>
    public AkoolModelResolution[] Resolutions { get; }

    /// <summary>The lengths it makes, in seconds.</summary>
    public int[] Lengths { get; }

    /// <summary>The most videos one call makes (-Count).</summary>
    public int? MaxCount { get; }

    /// <summary>It takes a last frame (-LastImageUrl).</summary>
    public bool SupportsLastFrame { get; }

    /// <summary>It generates a sound track (-GenerateAudio).</summary>
    public bool SupportsAudio { get; }

    /// <summary>It can extend the prompt (-ExtendPrompt).</summary>
    public bool SupportsExtendPrompt { get; }

    /// <summary>A premium model.</summary>
    public bool IsPro { get; }

    /// <summary>It needs a paid account.</summary>
    public bool RequiresPay { get; }

    /// <summary>Every field of Akool's answer, untouched.</summary>
    public IDictionary ApiFields { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>One resolution of a model: its size and its price.</summary>
public sealed class AkoolModelResolution
{
    internal AkoolModelResolution(ModelResolution resolution)
    {
        Name = resolution.Name;
        Width = resolution.Width;
        Height = resolution.Height;
        CreditsPerSecond = resolution.UnitCredit;
    }

    /// <summary>The value to pass to -Resolution ("720p").</summary>
    public string Name { get; }

    /// <summary>Width in pixels.</summary>
    public int? Width { get; }

    /// <summary>Height in pixels.</summary>
    public int? Height { get; }

    /// <summary>Credits per second of video (Akool's unit_credit), when Akool says.</summary>
    public double? CreditsPerSecond { get; }

    /// <inheritdoc />
    public override string ToString() => CreditsPerSecond is double price
        ? System.FormattableString.Invariant($"{Name} ({price}/s)")
        : Name;
}
