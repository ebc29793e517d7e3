namespace AkoolPS.Simulator;

/// <summary>How a job fails: the <c>error_code</c>/<c>error_reason</c> it reports and the progress it stops at.</summary>
public sealed record JobFailure
{
    /// <summary>The failed-job sample of the docs reports this internal code.</summary>
    public const int DefaultErrorCode = 501312;
    public const string DefaultErrorReason = "Oops! Something went a bit wonky. Please try again later.";

    /// <summary>Where a planned failure stops when no progress is given (the docs' failed sample shows 15).</summary>
    public const int DefaultAtProgress = 15;

    public int ErrorCode { get; init; } = DefaultErrorCode;
    public string ErrorReason { get; init; } = DefaultErrorReason;

    /// <summary>0-99. For a planned job null means <see cref="DefaultAtProgress"/>; for a running job null means "now".</summary>
    public int? AtProgress { get; init; }

    internal void Validate()
    {
        if (AtProgress is < 0 or > 99)
        {
            throw new ArgumentException("fail.atProgress must be between 0 and 99.");
        }
    }
}

/// <summary>Why a batch entry was refused (<see cref="JobPlan.Reject"/>).</summary>
public sealed record JobRejection
{
    public int Code { get; init; } = 1015;

    public string Msg { get; init; } = "Video processing error";
}

/// <summary>Applies to the next <see cref="Count"/> jobs created (<c>POST /__admin/next-jobs</c>).</summary>
public sealed record JobPlan
{
    public int Count { get; init; } = 1;

    /// <summary>Null: the configured <see cref="SimulatorConfig.JobDurationMs"/>.</summary>
    public int? DurationMs { get; init; }

    public JobFailure? Fail { get; init; }

    /// <summary>
    /// An entry of a batch call (image or text to video) refused instead of created: it lands in the answer's
    /// <c>errorList</c> with this code and message, and costs nothing. Other create calls ignore it.
    /// </summary>
    public JobRejection? Reject { get; init; }

    internal void Validate()
    {
        if (Count < 1)
        {
            throw new ArgumentException("count must be 1 or more.");
        }

        if (DurationMs < 0)
        {
            throw new ArgumentException("durationMs must be 0 or more.");
        }

        Fail?.Validate();
    }
}

/// <summary>A change to one running job (<c>POST /__admin/jobs/{id}</c>): a new total duration, or an outcome now.</summary>
public sealed record JobChange
{
    /// <summary>Total duration from creation; progress continues from where it is, never backwards.</summary>
    public int? DurationMs { get; init; }

    public bool Complete { get; init; }

    public JobFailure? Fail { get; init; }

    internal void Validate()
    {
        if (DurationMs is null && !Complete && Fail is null)
        {
            throw new ArgumentException("Give durationMs, complete or fail.");
        }

        if (Complete && Fail is not null)
        {
            throw new ArgumentException("complete and fail exclude each other.");
        }

        if (DurationMs < 0)
        {
            throw new ArgumentException("durationMs must be 0 or more.");
        }

        Fail?.Validate();
    }
}

/// <summary>A job as <c>GET /__admin/jobs</c> shows it. Times are Unix milliseconds, as in the API.</summary>
public sealed record JobInfo(
    string Id,
    JobKind Kind,
    string? Language,
    int Status,
    int Progress,
    long CreatedAt,
    long DurationMs,
    string? Source = null);
