namespace AkoolPS.Simulator;

/// <summary>A request the API rejects with 1003; the message is the <c>msg</c> the client sees.</summary>
internal sealed class RequestValidationException(string message) : Exception(message);
