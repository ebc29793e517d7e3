namespace AkoolPS.Simulator;

/// <summary>
/// A fault only the file endpoint can carry out (it alone knows where the body's bytes are), handed to
/// it through the request's features.
/// </summary>
internal sealed record FileFault(bool IgnoreRange, long? CutAfterBytes)
{
    public static FileFault? From(FaultRule rule) => rule.Kind switch
    {
        FaultKind.IgnoreRange => new FileFault(true, null),
        FaultKind.Cut => new FileFault(false, rule.CutAfterBytes),
        _ => null,
    };
}
