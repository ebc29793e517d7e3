namespace AkoolPS.Simulator;

/// <summary>The checks every validator shares, each failing with a 1003 whose message the caller words.</summary>
internal static class Require
{
    public static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw new RequestValidationException(message);
        }
    }

    /// <summary>An absolute http(s) URL: what Akool can fetch a source from or post a webhook to.</summary>
    public static void HttpUrl(string value, string name) =>
        That(
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps),
            $"{name} must be an absolute http or https URL");

    /// <summary>One of a documented set of values, compared exactly (so "720P" and "1080" for "1080p" are refused).</summary>
    public static void OneOf<T>(T value, IReadOnlyCollection<T> allowed, string name) =>
        That(allowed.Contains(value), $"{name} must be one of: {string.Join(", ", allowed)} (not {value})");
}
