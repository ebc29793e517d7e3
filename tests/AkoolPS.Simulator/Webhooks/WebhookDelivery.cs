namespace AkoolPS.Simulator;

/// <summary>
/// One attempt to deliver one webhook notice (<c>GET /__admin/webhooks</c>), so tests can see what was sent,
/// where, and how the receiver answered.
/// </summary>
/// <param name="Status">The job status the notice reports: 2, 3 or 4.</param>
/// <param name="Attempt">1 for the first delivery of this notice, 2 for its first retry, and so on.</param>
/// <param name="HttpStatus">The receiver's HTTP status; null when there was none (connection error, time-out, not sent).</param>
/// <param name="Error">Null on HTTP 200; otherwise why this attempt did not count ("HTTP 500", a connection error, "not sent: ...").</param>
/// <param name="Time">When the attempt was made, Unix milliseconds of the simulator's clock.</param>
/// <param name="Body">The JSON posted (<c>signature</c>, <c>dataEncrypt</c>, <c>timestamp</c>, <c>nonce</c>); null when none could be made.</param>
public sealed record WebhookDelivery(
    string JobId,
    int Status,
    string Url,
    int Attempt,
    int? HttpStatus,
    string? Error,
    long Time,
    string? Body);
