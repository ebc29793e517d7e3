using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using AkoolPS.Client;
using AkoolPS.Client.Auth;

namespace AkoolPS.Sessions;

/// <summary>
/// Where Connect-Akool finds its settings: the parameters first, then the environment
/// (AKOOL_API_KEY, then AKOOL_CLIENT_ID with AKOOL_CLIENT_SECRET; AKOOL_BASE_URI), as runbooks and CI set them;
/// and how it opens a session with them. Cmdlets run with no session open one from the environment the same way.
/// </summary>
internal static class ConnectionSettings
{
    public const string ApiKeyVariable = "AKOOL_API_KEY";
    public const string ClientIdVariable = "AKOOL_CLIENT_ID";
    public const string ClientSecretVariable = "AKOOL_CLIENT_SECRET";
    public const string BaseUriVariable = "AKOOL_BASE_URI";

    // Connect-Akool's defaults: a session opened from the environment has them too.
    public const int DefaultTimeoutSec = 100;
    public const int DefaultMaxRetry = 4;
    public const int DefaultMaxConcurrency = 16;
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DefaultMaxRetryDelay = TimeSpan.FromSeconds(60);

    /// <summary>The settings of a session: what Connect-Akool was given, or its defaults.</summary>
    public sealed class SessionSettings
    {
        public SessionSettings(AkoolCredential credential) => Credential = credential;

        public AkoolCredential Credential { get; }

        public Uri? BaseUri { get; set; }

        public int TimeoutSec { get; set; } = DefaultTimeoutSec;

        public int MaxRetry { get; set; } = DefaultMaxRetry;

        public TimeSpan RetryDelay { get; set; } = DefaultRetryDelay;

        public TimeSpan MaxRetryDelay { get; set; } = DefaultMaxRetryDelay;

        public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

        public Uri? Proxy { get; set; }

        public PSCredential? ProxyCredential { get; set; }

        public bool ProxyUseDefaultCredentials { get; set; }

        public bool AllowUnencryptedAuthentication { get; set; }

        public bool Validate { get; set; } = true;
    }

    /// <summary>
    /// Opens a session and makes it the runspace's current one. Unless told not to, the credentials are
    /// checked with one request first (the language list, which the session caches); a failure stops the command.
    /// </summary>
    public static AkoolSession Open(AkoolCmdlet cmdlet, SessionSettings settings)
    {
        var baseUri = ReadBaseUri(settings.BaseUri);
        if (baseUri.IsAbsoluteUri && !AkoolClientOptions.IsSafeTransport(baseUri) && !settings.AllowUnencryptedAuthentication)
        {
            cmdlet.ThrowTerminatingError(Unencrypted(baseUri));
        }

        var proxy = Proxy(settings.Proxy, settings.ProxyCredential, settings.ProxyUseDefaultCredentials, out var shownProxy);
        AkoolClient client = null!;
        try
        {
            client = new AkoolClient(new AkoolClientOptions
            {
                BaseUri = baseUri,
                Credential = settings.Credential,
                RequestTimeout = TimeSpan.FromSeconds(settings.TimeoutSec),
                MaxRetry = settings.MaxRetry,
                RetryDelay = settings.RetryDelay,
                MaxRetryDelay = settings.MaxRetryDelay,
                MaxConcurrency = settings.MaxConcurrency,
                Proxy = proxy,
                AllowUnencryptedAuthentication = settings.AllowUnencryptedAuthentication,
                UserAgent = "AkoolPS/" + typeof(ConnectionSettings).Assembly.GetName().Version?.ToString(3),
            });
        }
        catch (ArgumentException ex)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.Build(ex, "Akool.InvalidArgument", ErrorCategory.InvalidArgument, null));
        }

        var session = new AkoolSession(client, shownProxy);
        if (settings.Validate)
        {
            try
            {
                var languages = cmdlet.Run(client.ValidateAsync);
                cmdlet.WriteVerbose($"Connected to {session.BaseUri} ({session.AuthMethod}); Akool offers {languages.Count} languages.");
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        SessionStore.Current = session;
        return session;
    }

    /// <summary>Which environment variables hold the credentials, for messages; null when none do.</summary>
    public static string? CredentialSource() =>
        Read(ApiKeyVariable) is not null ? ApiKeyVariable
        : !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ClientIdVariable)) && Read(ClientSecretVariable) is not null ? $"{ClientIdVariable} and {ClientSecretVariable}"
        : null;

    public static AkoolCredential? ReadCredential(string parameterSet, SecureString? apiKey, string? clientId, SecureString? clientSecret, PSCredential? credential, SecureString? token)
    {
        switch (parameterSet)
        {
            case "ApiKey":
                return new AkoolApiKeyCredential(apiKey!);
            case "ClientCredential":
                return new AkoolClientCredential(clientId!, clientSecret!);
            case "Credential":
                return new AkoolClientCredential(credential!.UserName, credential.Password);
            case "Token":
                return new AkoolTokenCredential(token!);
        }

        if (Read(ApiKeyVariable) is { } key)
        {
            return new AkoolApiKeyCredential(key);
        }

        var id = Environment.GetEnvironmentVariable(ClientIdVariable);
        return !string.IsNullOrWhiteSpace(id) && Read(ClientSecretVariable) is { } secret
            ? new AkoolClientCredential(id!, secret)
            : null;
    }

    public static Uri ReadBaseUri(Uri? given)
    {
        if (given is not null)
        {
            return given;
        }

        var text = Environment.GetEnvironmentVariable(BaseUriVariable);
        return !string.IsNullOrWhiteSpace(text) && Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : AkoolClientOptions.DefaultBaseUri;
    }

    /// <summary>
    /// The proxy to use, and the address to show for it. A user name and password written into the
    /// address (http://user:pass@proxy:8080) become the proxy's credentials when no other are given,
    /// and the address shown keeps the user name but never the password.
    /// </summary>
    public static WebProxy? Proxy(Uri? address, PSCredential? credential, bool useDefaultCredentials, out Uri? shown)
    {
        shown = null;
        if (address is null)
        {
            return null;
        }

        ICredentials? credentials = useDefaultCredentials ? CredentialCache.DefaultCredentials : credential?.GetNetworkCredential();
        var target = address;
        if (address.IsAbsoluteUri && address.UserInfo.Length > 0)
        {
            var parts = address.UserInfo.Split(new[] { ':' }, 2);
            var user = Uri.UnescapeDataString(parts[0]);
            credentials ??= new NetworkCredential(user, parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
            target = new UriBuilder(address) { UserName = string.Empty, Password = string.Empty }.Uri;
            shown = new UriBuilder(address) { UserName = parts[0], Password = parts.Length > 1 ? "***" : string.Empty }.Uri;
        }

        shown ??= target;
        return new WebProxy(target) { Credentials = credentials };
    }

    public static ErrorRecord Unencrypted(Uri baseUri) => ErrorRecords.Build(
        new InvalidOperationException(
            $"{baseUri.Scheme}://{baseUri.Authority} is plain http to another machine: the API key, token or client secret would cross the network unencrypted. " +
            "Use an https address, or add -AllowUnencryptedAuthentication if you accept that risk (a test server on your own network, say)."),
        "Akool.UnencryptedAuthentication", ErrorCategory.SecurityError, baseUri);

    public static ErrorRecord NoCredential() => ErrorRecords.Build(
        new InvalidOperationException(
            "No Akool credentials were given. Pass -ApiKey (Read-Host -AsSecureString), -ClientId with -ClientSecret, -Credential or -Token, " +
            $"or set the environment variable {ApiKeyVariable} (or {ClientIdVariable} and {ClientSecretVariable})."),
        "Akool.NoCredential", ErrorCategory.AuthenticationError, null);

    private static SecureString? Read(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var secure = new SecureString();
        foreach (var c in text!.Trim())
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
