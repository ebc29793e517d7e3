using AkoolPS.Client.Auth;
using AkoolPS.Client.Webhooks;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>
    /// A webhook reader with this client's credentials, without showing them: client credentials give
    /// both halves; an API key is the client secret, so it serves with a client id given here.
    /// Null when the session cannot supply what is missing (a token session, or an API key without a client id).
    /// </summary>
    public WebhookReader? CreateWebhookReader(string? clientId)
    {
        ThrowIfDisposed();
        return Options.Credential switch
        {
            AkoolClientCredential client => new WebhookReader(string.IsNullOrWhiteSpace(clientId) ? client.ClientId! : clientId!, client.ClientSecret),
            AkoolApiKeyCredential key when !string.IsNullOrWhiteSpace(clientId) => new WebhookReader(clientId!, key.ApiKey),
            _ => null,
        };
    }
}
