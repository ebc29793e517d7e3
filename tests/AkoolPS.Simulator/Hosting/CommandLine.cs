using System.Globalization;

namespace AkoolPS.Simulator;

/// <summary>The process form's options: <c>--name value</c> or <c>--name=value</c>.</summary>
internal sealed record CommandLine(SimulatorOptions Options, int? ParentPid)
{
    public const string Usage =
        "Usage: AkoolPS.Simulator [--urls http://127.0.0.1:0] [--api-key K] [--client-id ID] [--client-secret S]\n" +
        "       [--job-duration-ms N] [--latency-ms N] [--result-size-bytes N] [--result-lifetime-sec N]\n" +
        "       [--token-lifetime-sec N] [--voice-count N] [--credit N] [--webhook-attempts N]\n" +
        "       [--webhook-retry-delay-ms N] [--legacy-voice-list true|false] [--parent-pid PID]";

    private static readonly string[] Known =
    [
        "--urls", "--api-key", "--client-id", "--client-secret", "--job-duration-ms", "--latency-ms",
        "--result-size-bytes", "--result-lifetime-sec", "--token-lifetime-sec", "--voice-count", "--credit",
        "--webhook-attempts", "--webhook-retry-delay-ms", "--legacy-voice-list", "--parent-pid",
    ];

    /// <exception cref="FormatException">An unknown option, a missing value or a value that is not a number.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args, ref i);
            values[Known.Contains(name) ? name : throw new FormatException($"Unknown option {name}.")] = value;
        }

        var defaults = new SimulatorOptions();
        var options = new SimulatorOptions
        {
            Urls = values.GetValueOrDefault("--urls", defaults.Urls),
            ApiKey = values.GetValueOrDefault("--api-key", defaults.ApiKey),
            ClientId = values.GetValueOrDefault("--client-id", defaults.ClientId),
            ClientSecret = values.GetValueOrDefault("--client-secret"),
            JobDurationMs = (int)(Number(values, "--job-duration-ms", int.MaxValue) ?? defaults.JobDurationMs),
            LatencyMs = (int)(Number(values, "--latency-ms", int.MaxValue) ?? defaults.LatencyMs),
            ResultSizeBytes = Number(values, "--result-size-bytes", long.MaxValue) ?? defaults.ResultSizeBytes,
            ResultLifetimeSec = Number(values, "--result-lifetime-sec", long.MaxValue) ?? defaults.ResultLifetimeSec,
            TokenLifetimeSec = Number(values, "--token-lifetime-sec", long.MaxValue) ?? defaults.TokenLifetimeSec,
            VoiceCount = (int?)Number(values, "--voice-count", int.MaxValue),
            Credit = Number(values, "--credit", long.MaxValue) ?? defaults.Credit,
            WebhookAttempts = (int)(Number(values, "--webhook-attempts", int.MaxValue) ?? defaults.WebhookAttempts),
            WebhookRetryDelayMs = (int)(Number(values, "--webhook-retry-delay-ms", int.MaxValue) ?? defaults.WebhookRetryDelayMs),
            LegacyVoiceList = Flag(values, "--legacy-voice-list"),
        };
        return new CommandLine(options, (int?)Number(values, "--parent-pid", int.MaxValue));
    }

    private static (string Name, string Value) Split(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        var equals = arg.IndexOf('=');
        if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }

        return i + 1 < args.Count ? (arg, args[++i]) : throw new FormatException($"{arg} needs a value.");
    }

    private static bool Flag(Dictionary<string, string> values, string name) =>
        !values.TryGetValue(name, out var text) ? false
        : bool.TryParse(text, out var value) ? value
        : throw new FormatException($"{name} needs true or false, not '{text}'.");

    private static long? Number(Dictionary<string, string> values, string name, long max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max
            ? value
            : throw new FormatException($"{name} needs a whole number from 0 to {max}, not '{text}'.");
    }
}
