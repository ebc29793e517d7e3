using System;
using System.Collections.Generic;

namespace AkoolPS.Client.Models;

/// <summary>Akool's verdict on moderated content, read from a finished analysis.</summary>
public sealed class ModerationVerdict
{
    /// <summary>Compliant, NonCompliant, or Unknown (also for a conclusion this version does not know).</summary>
    public AkoolModerationConclusion Conclusion { get; init; }

    /// <summary>Akool's reasons, one per line of its result, without the closing "Result:" line.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = Array.Empty<string>();

    /// <summary>Akool's whole result text.</summary>
    public string Result { get; init; } = string.Empty;
}
