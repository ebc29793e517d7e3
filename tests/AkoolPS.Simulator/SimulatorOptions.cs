namespace AkoolPS.Simulator;

/// <summary>
/// Start-up settings of a simulator. The runtime configuration (<see cref="SimulatorConfig"/>) starts
/// from these and <c>POST /__admin/reset</c> returns to them.
/// </summary>
public sealed class SimulatorOptions
{
    /// <summary>
    /// The documentation says the website's API key and the legacy clientSecret are one value.
    /// Webhooks use it as the AES-192 key, hence exactly 24 characters.
    /// </summary>
    public const string DefaultApiKey = "simulator-api-key-000001";

    /// <summary>Webhooks use the UTF-8 clientId as the AES IV, hence exactly 16 characters.</summary>
    public const string DefaultClientId = "sim-client-00001";

    /// <summary>Kestrel picks a free port; the server reports it in <see cref="SimulatorServer.BaseUri"/>.</summary>
    public const string DefaultUrls = "http://127.0.0.1:0";

    public const int DefaultJobDurationMs = 3000;
    public const int DefaultLatencyMs = 0;
    public const long DefaultTokenLifetimeSec = 365L * 24 * 60 * 60;
    public const long DefaultResultSizeBytes = 1024 * 1024;
    public const long DefaultResultLifetimeSec = 7L * 24 * 60 * 60;
    public const long DefaultCredit = 100_000;
    public const int DefaultWebhookAttempts = 5;
    public const int DefaultWebhookRetryDelayMs = 1000;

    /// <summary>The value <c>x-api-key</c> must carry.</summary>
    public string ApiKey { get; init; } = DefaultApiKey;

    /// <summary>The clientId that <c>getToken</c> accepts.</summary>
    public string ClientId { get; init; } = DefaultClientId;

    /// <summary>The clientSecret that <c>getToken</c> accepts; null means the same value as <see cref="ApiKey"/>, as on the real service.</summary>
    public string? ClientSecret { get; init; }

    public int JobDurationMs { get; init; } = DefaultJobDurationMs;
    public int LatencyMs { get; init; } = DefaultLatencyMs;
    public long TokenLifetimeSec { get; init; } = DefaultTokenLifetimeSec;
    public long ResultSizeBytes { get; init; } = DefaultResultSizeBytes;
    public long ResultLifetimeSec { get; init; } = DefaultResultLifetimeSec;

    /// <summary>The account's credit at start-up (and after a reset); every create takes its cost from it.</summary>
    public long Credit { get; init; } = DefaultCredit;

    /// <summary>Deliveries of one webhook notice before giving up; Akool "retries until it gets HTTP 200".</summary>
    public int WebhookAttempts { get; init; } = DefaultWebhookAttempts;

    /// <summary>Wait before the first webhook retry; it doubles before each further one (1, 2, 4, 8 s by default).</summary>
    public int WebhookRetryDelayMs { get; init; } = DefaultWebhookRetryDelayMs;

    /// <summary>Null: a few voices per language. Otherwise exactly this many voices, spread across the languages.</summary>
    public int? VoiceCount { get; init; }

    /// <summary>
    /// Serve <c>GET /api/open/v4/voice/videoTranslation</c>, the voice list Akool removed on 2025-11-25. Off by default:
    /// the route answers as a removed one (HTTP 404). For clients that still read it until they move to VoiceLab.
    /// </summary>
    public bool LegacyVoiceList { get; init; }

    /// <summary>Where Kestrel listens (the process form takes it from <c>--urls</c>).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// The clock of everything the API reports (job progress, token iat/exp, create_time, result expiry).
    /// Latency and delay faults stay on wall-clock time: they model the network, not the service.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal string EffectiveClientSecret => ClientSecret ?? ApiKey;

    internal SimulatorConfig ToConfig() =>
        new(JobDurationMs, LatencyMs, TokenLifetimeSec, ResultSizeBytes, ResultLifetimeSec, VoiceCount, Credit, WebhookAttempts, WebhookRetryDelayMs, LegacyVoiceList);
}
