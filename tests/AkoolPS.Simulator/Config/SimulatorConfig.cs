namespace AkoolPS.Simulator;

/// <summary>
/// The settings that may change while the simulator runs (<c>GET/POST /__admin/config</c>).
/// A job keeps the duration and result size it was created with; the result lifetime and the
/// voice catalogue are read on every request.
/// </summary>
public sealed record SimulatorConfig(
    int JobDurationMs,
    int LatencyMs,
    long TokenLifetimeSec,
    long ResultSizeBytes,
    long ResultLifetimeSec,
    int? VoiceCount)
{
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    internal SimulatorConfig Validated()
    {
        RequireNotNegative(JobDurationMs, "jobDurationMs");
        RequireNotNegative(LatencyMs, "latencyMs");
        RequireNotNegative(TokenLifetimeSec, "tokenLifetimeSec");
        RequireNotNegative(ResultSizeBytes, "resultSizeBytes");
        RequireNotNegative(ResultLifetimeSec, "resultLifetimeSec");
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
