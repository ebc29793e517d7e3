using System;
using System.Management.Automation;
using System.Security;
using AkoolPS.Base;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Webhooks;

namespace AkoolPS.Commands;

/// <summary>
/// ConvertFrom-AkoolWebhook: checks a webhook's signature and decrypts it into an event. Needs no
/// request; the client id and secret come from the parameters or from the session.
/// </summary>
[Cmdlet(VerbsData.ConvertFrom, "AkoolWebhook")]
[OutputType(typeof(AkoolWebhookEvent))]
public sealed class ConvertFromAkoolWebhookCommand : AkoolCmdlet
{
    private WebhookReader reader = null!;

    /// <summary>
    /// The body Akool posted: its raw text (JSON with signature, dataEncrypt, timestamp and nonce), or
    /// the same fields already parsed by the host, as a hashtable or object.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyString]
    public object Body { get; set; } = null!;

    /// <summary>The client id the webhook is signed for; defaults to the session's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    /// <summary>The client secret (the API key) that decrypts it; defaults to the session's.</summary>
    [Parameter]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Refuse webhooks sent longer ago than this (a number is seconds), against replays.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? MaxAge { get; set; }

    /// <summary>The session whose credentials to use when -ClientSecret is not given.</summary>
    [Parameter]
    [ValidateNotNull]
    public AkoolSession? Session { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        if (MaxAge is TimeSpan age && age <= TimeSpan.Zero)
        {
            ThrowTerminatingError(ErrorRecords.Build(new ArgumentOutOfRangeException(nameof(MaxAge), age, "-MaxAge must be more than zero."), "Akool.InvalidMaxAge", ErrorCategory.InvalidArgument, age));
        }

        if (Session is { IsConnected: false })
        {
            ThrowTerminatingError(ErrorRecords.Disconnected(Session));
        }

        var session = Session ?? SessionStore.Current;
        var clientId = ClientId ?? session?.ClientId;
        WebhookReader? found = null;
        try
        {
            found = ClientSecret is not null && clientId is not null
                ? new WebhookReader(clientId, ClientSecret)
                : ClientSecret is null && session is { IsConnected: true } ? session.Client.CreateWebhookReader(ClientId) : null;
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(ErrorRecords.Build(ex, "Akool.WebhookInvalidSecret", ErrorCategory.InvalidArgument, null));
        }

        if (found is null)
        {
            ThrowTerminatingError(ErrorRecords.Build(
                new InvalidOperationException("Checking a webhook needs the client id and client secret (the API key): pass -ClientId and -ClientSecret, connect with Connect-Akool -ClientId/-ClientSecret, or pass -ClientId with an API-key session."),
                "Akool.WebhookNoCredential", ErrorCategory.AuthenticationError, null));
        }

        reader = found!;
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        try
        {
            var now = DateTimeOffset.UtcNow;
            var message = WebhookBody.Fields(Body) is { } fields ? reader.Read(fields, MaxAge, now) : reader.Read(WebhookBody.Text(Body), MaxAge, now);
            WriteObject(new AkoolWebhookEvent(message));
        }
        catch (AkoolWebhookException ex)
        {
            WriteError(ErrorRecords.From(ex, Body));
        }
    }
}
