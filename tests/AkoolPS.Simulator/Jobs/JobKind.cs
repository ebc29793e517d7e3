namespace AkoolPS.Simulator;

/// <summary>
/// What a job produces. The store, the clock-driven state machine, plans and admin changes are the same
/// for every kind; only the create endpoint, the detail record and the result files differ.
/// </summary>
public enum JobKind
{
    VideoTranslation,
}
