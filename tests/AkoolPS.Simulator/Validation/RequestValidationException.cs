namespace AkoolPS.Simulator;

/// <summary>A request the API rejects with 1003; the message is the <c>msg</c> the client sees and names the field.</summary>
internal sealed class RequestValidationException(string message) : AkoolErrorException(AkoolCodes.ParameterError, message);
