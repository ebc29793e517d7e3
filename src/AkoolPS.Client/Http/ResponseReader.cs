using System.Globalization;
using System.Text.Json;
using AkoolPS.Client.Diagnostics;
using AkoolPS.Client.Errors;

namespace AkoolPS.Client.Http;

/// <summary>The status, body and number of tries of one exchange.</summary>
internal readonly struct RawAnswer
{
    public RawAnswer(int status, byte[] body, int attempts)
    {
        Status = status;
        Body = body;
        Attempts = attempts;
    }

    public int Status { get; }

    public byte[] Body { get; }

    public int Attempts { get; }

    public bool IsSuccessStatus => Status is >= 200 and < 300;
}

/// <summary>
/// Decides what an answer means. Akool's business code is what counts; the HTTP status matters
/// only when there is no business code, or when it says a create may have been processed.
/// </summary>
internal static class ResponseReader
{
    public static JsonDocument Parse(ApiCall call, RawAnswer answer)
    {
        var path = "/" + call.Path;
        if (call.IsCreate && answer.Status >= 500)
        {
            // A gateway may answer 5xx after Akool created the job: the outcome is unknown.
            throw new AkoolCreateOutcomeUnknownException(path, "HTTP " + answer.Status.ToString(CultureInfo.InvariantCulture), answer.Status, null);
        }

        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(answer.Body);
        }
        catch (JsonException)
        {
        }

        if (document is { RootElement.ValueKind: JsonValueKind.Object })
        {
            return document;
        }

        document?.Dispose();
        throw Failure(call, answer, answer.IsSuccessStatus ? "is not Akool's JSON" : "is an HTTP error without Akool's JSON");
    }

    public static int Code(ApiCall call, RawAnswer answer, JsonElement root)
    {
        if (root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var value))
        {
            return value;
        }

        if (root.TryGetProperty("code", out code) && code.ValueKind == JsonValueKind.String &&
            int.TryParse(code.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return value;
        }

        // Akool's detection service (/interface/detect-api) answers error_code 0 for success, 1 for a failure.
        if (root.TryGetProperty("error_code", out code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out value) &&
            call.Path.StartsWith("interface/", System.StringComparison.Ordinal))
        {
            return value == 0 ? AkoolCodes.Success : value;
        }

        throw Failure(call, answer, "has no business code");
    }

    private static AkoolException Failure(ApiCall call, RawAnswer answer, string problem)
    {
        var path = "/" + call.Path;
        if (call.IsCreate && answer.IsSuccessStatus)
        {
            // Something answered "OK" to a create, but not in Akool's words: the job may well exist.
            return new AkoolCreateOutcomeUnknownException(path, "the answer (HTTP " + answer.Status.ToString(CultureInfo.InvariantCulture) + ") " + problem, answer.Status, null);
        }

        if (RetryPolicies.IsTransientStatus((System.Net.HttpStatusCode)answer.Status))
        {
            // Retries are used up: say what kept failing and how often.
            return new AkoolTransportException(
                path, answer.Attempts, "HTTP " + answer.Status.ToString(CultureInfo.InvariantCulture) + " (" + SecretMask.Excerpt(answer.Body, 80) + ")",
                timedOut: false, answer.Status, null);
        }

        return new AkoolResponseException(path, answer.Status, problem, SecretMask.Excerpt(answer.Body));
    }
}
