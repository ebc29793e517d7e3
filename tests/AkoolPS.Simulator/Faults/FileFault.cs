namespace AkoolPS.Simulator;

/// <summary>
/// A fault only the file endpoint can carry out (it alone knows where the body's bytes are), handed to
/// it through the request's features.
/// </summary>
internal sealed record FileFault(bool IgnoreRange, long? CutAfterBytes)
{
    /// <summary>Send <see cref="CutAfterBytes"/> bytes (or none), then nothing more, the connection open.</summary>
    public bool Stall { get; init; }

    /// <summary>Answer a range with a 206 for another one.</summary>
    public bool WrongRange { get; init; }

    /// <summary>Answer a range with a 206 that has no Content-Range.</summary>
    public bool NoContentRange { get; init; }

    /// <summary>Serve this version of the file (1 is the original).</summary>
    public int Version { get; init; } = 1;

    /// <summary>Answer ranges whatever If-Range says.</summary>
    public bool IgnoreIfRange { get; init; }

    public static FileFault? From(FaultRule rule) => rule.Kind switch
    {
        FaultKind.IgnoreRange => new FileFault(true, null),
        FaultKind.Cut => new FileFault(false, rule.CutAfterBytes),
        FaultKind.Stall => new FileFault(false, rule.CutAfterBytes ?? 0) { Stall = true },
        FaultKind.WrongRange => new FileFault(false, null) { WrongRange = true },
        FaultKind.NoContentRange => new FileFault(false, null) { NoContentRange = true },
        FaultKind.NewVersion => new FileFault(false, null) { Version = rule.Version ?? 2, IgnoreIfRange = rule.IgnoreIfRange },
        _ => null,
    };
}
