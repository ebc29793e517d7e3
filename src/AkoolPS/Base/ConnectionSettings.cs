using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using AkoolPS.Client;
using AkoolPS.Client.Auth;

namespace AkoolPS.Base;

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

        public ICredentials? ProxyCredentials { get; set; }

        public bool Validate { get; set; } = true;
    }

    /// <summary>
    /// Opens a session and makes it the runspace's current one. Unless told not to, the credentials are
    /// checked with one request first (the language list, which the session caches); a failure stops the command.
    /// </summary>
    public static AkoolSession Open(AkoolCmdlet cmdlet, SessionSettings settings)
    {
        var proxy = settings.Proxy is null ? null : new WebProxy(settings.Proxy) { Credentials = settings.ProxyCredentials };
        var client = new AkoolClient(new AkoolClientOptions
        {
            BaseUri = ReadBaseUri(settings.BaseUri),
            Credential = settings.Credential,
            RequestTimeout = TimeSpan.FromSeconds(settings.TimeoutSec),
            MaxRetry = settings.MaxRetry,
            RetryDelay = settings.RetryDelay,
            MaxRetryDelay = settings.MaxRetryDelay,
            MaxConcurrency = settings.MaxConcurrency,
            Proxy = proxy,
            UserAgent = "AkoolPS/" + typeof(ConnectionSettings).Assembly.GetName().Version?.ToString(3),
        });
        var session = new AkoolSession(client, settings.Proxy);
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
