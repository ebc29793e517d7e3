namespace AkoolPS.Simulator;

/// <summary>
/// One request to <c>/api/</c> or <c>/files/</c>, as the simulator saw and answered it. Header values are
/// never recorded; <see cref="Auth"/> only says which credentials were sent ("apiKey", "bearer", "both", "none").
/// </summary>
/// <param name="Seq">Arrival order, starting at 1; never reused, not even after a clear or reset.</param>
/// <param name="Time">Arrival, Unix milliseconds of the simulator's clock.</param>
/// <param name="Query">The query string without its leading '?', or null.</param>
/// <param name="Status">The HTTP status sent; null when the connection was dropped before any answer.</param>
/// <param name="Code">The business code, when a JSON answer was sent.</param>
/// <param name="Fault">The kind of fault applied ("status", "notJson", ...), or null.</param>
/// <param name="Body">The request body (first 64 KiB, any clientSecret value replaced by "***"), or null.</param>
public sealed record JournalEntry(
    long Seq,
    long Time,
    string Method,
    string Path,
    string? Query,
    string Auth,
    int? Status,
    int? Code,
    string? Fault,
    string? Body);
