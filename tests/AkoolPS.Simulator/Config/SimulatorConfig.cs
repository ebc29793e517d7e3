namespace AkoolPS.Simulator;

/// <summary>
/// The settings that may change while the simulator runs (<c>GET/POST /__admin/config</c>).
/// A job keeps the duration and result size it was created with; the result lifetime and the
/// voice catalogue are read on every request.
/// </summary>
/// <param name="Credit">The account's remaining credit: every create takes its cost from it (quota/info reports it).</param>
/// <param name="WebhookAttempts">Deliveries of one webhook notice before giving up (1 = no retry).</param>
/// <param name="WebhookRetryDelayMs">Wait before the first retry; it doubles before each further one.</param>
/// <param name="LegacyVoiceList">Serve the video-translation voice list Akool removed on 2025-11-25 (off: it answers as a removed route).</param>
/// <param name="TokenExpOffsetSec">
/// Null: a token's <c>exp</c> claim says when it really ends. Otherwise <c>exp</c> is <c>iat</c> plus this (1 as in Akool's
/// own sample, or negative), while the token stays valid for <see cref="TokenLifetimeSec"/>: a claim not to be trusted.
/// </param>
/// <param name="ResultsLagMs">resultsByIds leaves out a job created less than this long ago, as a lagging read replica would.</param>
public sealed record SimulatorConfig(
    int JobDurationMs,
    int LatencyMs,
    long TokenLifetimeSec,
    long ResultSizeBytes,
    long ResultLifetimeSec,
    int? VoiceCount,
    long Credit = SimulatorOptions.DefaultCredit,
    int WebhookAttempts = SimulatorOptions.DefaultWebhookAttempts,
    int WebhookRetryDelayMs = SimulatorOptions.DefaultWebhookRetryDelayMs,
    bool LegacyVoiceList = false,
    long? TokenExpOffsetSec = null,
    int ResultsLagMs = 0)
{
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    internal SimulatorConfig Validated()
    {
        RequireNotNegative(JobDurationMs, "jobDurationMs");
        RequireNotNegative(LatencyMs, "latencyMs");
        RequireNotNegative(TokenLifetimeSec, "tokenLifetimeSec");
        RequireNotNegative(ResultSizeBytes, "resultSizeBytes");
        RequireNotNegative(ResultLifetimeSec, "resultLifetimeSec");
        RequireNotNegative(Credit, "credit");
        if (WebhookAttempts < 1)
        {
            throw new ArgumentException($"webhookAttempts must be 1 or more, not {WebhookAttempts}.");
        }

        RequireNotNegative(WebhookRetryDelayMs, "webhookRetryDelayMs");
        RequireNotNegative(ResultsLagMs, "resultsLagMs");
        if (VoiceCount is int voices)
        {
            RequireNotNegative(voices, "voiceCount");
        }

        return this;
    }

    private static void RequireNotNegative(long value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentException($"{name} must be 0 or more, not {value}.");
        }
    }
}
