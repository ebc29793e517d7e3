using System;
using System.Management.Automation;
using System.Security;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Auth;

namespace AkoolPS.Commands;

/// <summary>Connect-Akool: makes the session every other cmdlet uses.</summary>
[Cmdlet(VerbsCommunications.Connect, "Akool", DefaultParameterSetName = EnvironmentSet)]
[OutputType(typeof(AkoolSession))]
public sealed class ConnectAkoolCommand : AkoolCmdlet
{
    private const string EnvironmentSet = "Environment";
    private const string ApiKeySet = "ApiKey";
    private const string ClientSet = "ClientCredential";
    private const string CredentialSet = "Credential";
    private const string TokenSet = "Token";

    /// <summary>The API key from Akool's API Credentials page.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ApiKeySet)]
    public SecureString ApiKey { get; set; } = null!;

    /// <summary>The client id of a clientId/clientSecret pair (the legacy token method).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClientSet)]
    [ValidateNotNullOrEmpty]
    public string ClientId { get; set; } = null!;

    /// <summary>The client secret (the same value as the API key).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClientSet)]
    public SecureString ClientSecret { get; set; } = null!;

    /// <summary>The client id as user name and the client secret as password (as Azure Automation credential assets give them).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential Credential { get; set; } = null!;

    /// <summary>A bearer token obtained elsewhere.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
    public SecureString Token { get; set; } = null!;

    /// <summary>The API address; defaults to AKOOL_BASE_URI, else https://openapi.akool.com.</summary>
    [Parameter]
    public Uri? BaseUri { get; set; }

    /// <summary>The time-out of one try of one request, in seconds.</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = ConnectionSettings.DefaultTimeoutSec;

    /// <summary>How many times a failed request is retried (creates only when they surely did not reach Akool).</summary>
    [Parameter]
    [ValidateRange(0, 20)]
    public int MaxRetry { get; set; } = ConnectionSettings.DefaultMaxRetry;

    /// <summary>The first wait between tries; it doubles each time, with jitter.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan RetryDelay { get; set; } = ConnectionSettings.DefaultRetryDelay;

    /// <summary>The longest wait between tries, including what a Retry-After header asks for.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan MaxRetryDelay { get; set; } = ConnectionSettings.DefaultMaxRetryDelay;

    /// <summary>How many status requests the session has in flight at once when it reads many jobs.</summary>
    [Parameter]
    [ValidateRange(1, 256)]
    public int MaxConcurrency { get; set; } = ConnectionSettings.DefaultMaxConcurrency;

    /// <summary>A proxy server for every request.</summary>
    [Parameter]
    public Uri? Proxy { get; set; }

    /// <summary>Credentials for the proxy.</summary>
    [Parameter]
    [Credential]
    public PSCredential? ProxyCredential { get; set; }

    /// <summary>Sign in to the proxy as the current user.</summary>
    [Parameter]
    public SwitchParameter ProxyUseDefaultCredentials { get; set; }

    /// <summary>Allow credentials over plain http to a host other than this machine (as Invoke-RestMethod's switch of the same name).</summary>
    [Parameter]
    public SwitchParameter AllowUnencryptedAuthentication { get; set; }

    /// <summary>Do not check the credentials with a request now.</summary>
    [Parameter]
    public SwitchParameter SkipValidation { get; set; }

    /// <summary>Write the session out (for -Session and for parallel runspaces).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (RetryDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero)
        {
            ThrowTerminatingError(ErrorRecords.Build(new ArgumentException("-RetryDelay and -MaxRetryDelay cannot be negative."), "Akool.InvalidArgument", ErrorCategory.InvalidArgument, null));
        }

        AkoolCredential? credential = null;
        try
        {
            credential = ConnectionSettings.ReadCredential(ParameterSetName, ApiKey, ClientId, ClientSecret, Credential, Token);
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(ErrorRecords.Build(ex, "Akool.InvalidCredential", ErrorCategory.InvalidArgument, null));
        }

        if (credential is null)
        {
            ThrowTerminatingError(ConnectionSettings.NoCredential());
        }

        var session = ConnectionSettings.Open(this, new ConnectionSettings.SessionSettings(credential!)
        {
            BaseUri = BaseUri,
            TimeoutSec = TimeoutSec,
            MaxRetry = MaxRetry,
            RetryDelay = RetryDelay,
            MaxRetryDelay = MaxRetryDelay,
            MaxConcurrency = MaxConcurrency,
            Proxy = Proxy,
            ProxyCredential = ProxyCredential,
            ProxyUseDefaultCredentials = ProxyUseDefaultCredentials,
            AllowUnencryptedAuthentication = AllowUnencryptedAuthentication,
            Validate = !SkipValidation,
        });
        if (PassThru)
        {
            WriteObject(session);
        }
    }
}
