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
    /// Answers with <see cref="FaultRule.Body"/> verbatim (HTTP <see cref="FaultRule.Status"/>, default 200; <see cref="FaultRule.ContentType"/>,
    /// default JSON), padded with spaces to <see cref="FaultRule.PadToBytes"/> when given: malformed, odd or huge answers.
    /// </summary>
    Body,

    /// <summary>
    /// Sends the headers (announcing all of <see cref="FaultRule.Body"/>) and its first <see cref="FaultRule.CutAfterBytes"/> bytes
    /// (default 1), then nothing more until the client gives up: a server that stalls in the middle of an answer.
    /// </summary>
    StallBody,

    /// <summary>Answers HTTP <see cref="FaultRule.Status"/> (default 302) with <c>Location: </c><see cref="FaultRule.Location"/>.</summary>
    Redirect,
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

    /// <summary>The answer's body for <see cref="FaultKind.Body"/> and <see cref="FaultKind.StallBody"/>.</summary>
    public string? Body { get; init; }

    /// <summary>The answer's Content-Type for <see cref="FaultKind.Body"/>; null: application/json.</summary>
    public string? ContentType { get; init; }

    /// <summary><see cref="FaultKind.Body"/>: pad the body with spaces up to this many bytes (streamed, never held in memory).</summary>
    public long? PadToBytes { get; init; }

    /// <summary>Where a <see cref="FaultKind.Redirect"/> points.</summary>
    public string? Location { get; init; }

    internal void Validate()
    {
        Require(Path is ['/', ..], "path must start with '/'.");
        Require(Times >= 0, "times must be 0 or more.");
        Require(Status is null or (>= 100 and <= 599), "status must be an HTTP status code.");
        Require(Kind != FaultKind.Status || Status is not null, "kind 'status' needs status.");
        Require(Kind != FaultKind.Code || Code is not null, "kind 'code' needs code.");
        Require(Kind != FaultKind.Delay || DelayMs is >= 0, "kind 'delay' needs delayMs (0 or more).");
        Require(Kind != FaultKind.Cut || CutAfterBytes is >= 0, "kind 'cut' needs cutAfterBytes (0 or more).");
        Require(Kind is not (FaultKind.Body or FaultKind.StallBody) || Body is not null, "kinds 'body' and 'stallBody' need body.");
        Require(PadToBytes is null or >= 0, "padToBytes must be 0 or more.");
        Require(Kind != FaultKind.Redirect || Location is { Length: > 0 }, "kind 'redirect' needs location.");
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
