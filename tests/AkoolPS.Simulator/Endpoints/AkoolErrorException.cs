namespace AkoolPS.Simulator;

/// <summary>
/// A request the API refuses with a business code; the message is the <c>msg</c> the client sees.
/// Thrown rather than returned so shared checks (validation, lookups, billing) stay one line at the call site;
/// <see cref="AkoolErrorFilter"/> turns it into the answer.
/// </summary>
internal class AkoolErrorException(int code, string? message = null) : Exception(message ?? AkoolCodes.MessageFor(code))
{
    public int Code { get; } = code;
}
