namespace AkoolPS.Simulator;

/// <summary>
/// The two credentials a request may carry. Read once so the auth check and the journal agree on what
/// "present" means: a header counts only when it has a value, and <c>Bearer</c> with no token counts as empty.
/// </summary>
internal readonly record struct AuthHeaders(string? Authorization, string? ApiKey)
{
    private const string BearerPrefix = "Bearer ";

    public static AuthHeaders Read(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString().Trim();
        var apiKey = request.Headers["x-api-key"].ToString().Trim();
        if (authorization.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            authorization = string.Empty;
        }

        return new AuthHeaders(NullIfEmpty(authorization), NullIfEmpty(apiKey));
    }

    /// <summary>The token of a <c>Bearer</c> header; null for any other scheme (which is then simply invalid).</summary>
    public string? BearerToken =>
        Authorization is { } value && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? value[BearerPrefix.Length..].Trim()
            : null;

    /// <summary>The journal's <c>auth</c> field: which headers were sent, never their values.</summary>
    public string Describe() => (Authorization, ApiKey) switch
    {
        (not null, not null) => "both",
        (not null, null) => "bearer",
        (null, not null) => "apiKey",
        _ => "none",
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
