namespace AkoolPS.Simulator;

/// <summary>How a fault answers (or does not answer) a matching request.</summary>
public enum FaultKind
{
    /// <summary>HTTP <see cref="FaultRule.Status"/> with a short text/plain body (and <c>Retry-After</c> if given).</summary>
    Status,

    /// <summary>HTTP 200 with business <see cref="FaultRule.Code"/> and <see cref="FaultRule.Msg"/>.</summary>
    Code,

    /// <summary>Waits <see cref="FaultRule.DelayMs"/>, then answers normally.</summary>
    Delay,

    /// <summary>Aborts the connection without an answer.</summary>
    Drop,

    /// <summary>A proxy's HTML error page with <see cref="FaultRule.Status"/> (default 502).</summary>
    NotJson,

    /// <summary>Files: sends the headers and <see cref="FaultRule.CutAfterBytes"/> bytes, then aborts.</summary>
    Cut,

    /// <summary>Files: answers 200 with the whole body even when a range was asked for.</summary>
    IgnoreRange,

    /// <summary>
    /// <see cref="FaultRule.Body"/> verbatim as JSON, with <see cref="FaultRule.Status"/> (default 200): an answer of
    /// another shape (a field more, a field less, a type changed), as a service that changed would send.
    /// </summary>
    Body,
}

/// <summary>Whether the request is processed before the fault applies.</summary>
public enum FaultPhase
{
    /// <summary>The request is not processed (nothing is created).</summary>
    Before,

    /// <summary>The request is processed (a job is created), then its answer is delayed, replaced or dropped.</summary>
    After,
}

/// <summary>A fault to inject (<c>POST /__admin/faults</c>).</summary>
public sealed record FaultRule
{
    /// <summary>An exact path, or a prefix ending in '*' (<c>/files/*</c>); compared ignoring case, as routing does.</summary>
    public required string Path { get; init; }

    /// <summary>Null: any method.</summary>
    public string? Method { get; init; }

    public required FaultKind Kind { get; init; }

    /// <summary>How many matching requests it applies to; 0 means until the faults are cleared.</summary>
    public int Times { get; init; } = 1;

    public FaultPhase Phase { get; init; } = FaultPhase.Before;

    public int? Status { get; init; }

    /// <summary>Sent verbatim as <c>Retry-After</c> (seconds or an HTTP-date) with <see cref="FaultKind.Status"/>.</summary>
    public string? RetryAfter { get; init; }

    public int? Code { get; init; }

    /// <summary>Null: the documented message of <see cref="Code"/>.</summary>
    public string? Msg { get; init; }

    public int? DelayMs { get; init; }

    public long? CutAfterBytes { get; init; }

    /// <summary>The JSON text that <see cref="FaultKind.Body"/> sends.</summary>
    public string? Body { get; init; }

    internal void Validate()
    {
        Require(Path is ['/', ..], "path must start with '/'.");
        Require(Times >= 0, "times must be 0 or more.");
        Require(Status is null or (>= 100 and <= 599), "status must be an HTTP status code.");
        Require(Kind != FaultKind.Status || Status is not null, "kind 'status' needs status.");
        Require(Kind != FaultKind.Code || Code is not null, "kind 'code' needs code.");
        Require(Kind != FaultKind.Delay || DelayMs is >= 0, "kind 'delay' needs delayMs (0 or more).");
        Require(Kind != FaultKind.Cut || CutAfterBytes is >= 0, "kind 'cut' needs cutAfterBytes (0 or more).");
        Require(Kind != FaultKind.Body || IsJson(Body), "kind 'body' needs body, a JSON text.");
    }

    private static bool IsJson(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}

/// <summary>A fault rule as the simulator holds it: its id, how often it applied, and how often it still will (null: until cleared).</summary>
public sealed record ActiveFault(int Id, FaultRule Rule, int Applied, int? Remaining);
