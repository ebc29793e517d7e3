using System;
using System.Net;
using System.Security;

namespace AkoolPS.Client.Auth;

/// <summary>
/// How the client proves who it is. Secrets are held as read-only <see cref="SecureString"/> copies
/// and turned into text only for the moment a request header is written.
/// </summary>
public abstract class AkoolCredential
{
    private protected AkoolCredential()
    {
    }

    /// <summary>A name for the method, safe to show: ApiKey, ClientCredential or Token.</summary>
    public abstract string Method { get; }

    /// <summary>The client id when there is one (not a secret).</summary>
    public virtual string? ClientId => null;

    internal static SecureString Protect(SecureString secret, string name)
    {
        if (secret is null)
        {
            throw new ArgumentNullException(name);
        }

        if (secret.Length == 0)
        {
            throw new ArgumentException($"The {name} is empty.", name);
        }

        var copy = secret.Copy();
        copy.MakeReadOnly();
        return copy;
    }

    // NetworkCredential is the one way to read a SecureString that works on every runtime the module runs on.
    internal static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;
}

/// <summary>An API key, sent as the <c>x-api-key</c> header (Akool's recommended method).</summary>
public sealed class AkoolApiKeyCredential : AkoolCredential
{
    /// <summary>Creates the credential from a copy of the key.</summary>
    public AkoolApiKeyCredential(SecureString apiKey) => ApiKey = Protect(apiKey, "API key");

    internal SecureString ApiKey { get; }

    /// <inheritdoc />
    public override string Method => "ApiKey";
}

/// <summary>A clientId and clientSecret, exchanged through getToken for a bearer token.</summary>
public sealed class AkoolClientCredential : AkoolCredential
{
    /// <summary>Creates the credential.</summary>
    public AkoolClientCredential(string clientId, SecureString clientSecret)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("The client id is empty.", nameof(clientId));
        }

        ClientIdValue = clientId.Trim();
        ClientSecret = Protect(clientSecret, "client secret");
    }

    private string ClientIdValue { get; }

    internal SecureString ClientSecret { get; }

    /// <inheritdoc />
    public override string? ClientId => ClientIdValue;

    /// <inheritdoc />
    public override string Method => "ClientCredential";
}

/// <summary>A bearer token obtained elsewhere.</summary>
public sealed class AkoolTokenCredential : AkoolCredential
{
    /// <summary>Creates the credential from a copy of the token.</summary>
    public AkoolTokenCredential(SecureString token) => Token = Protect(token, "token");

    internal SecureString Token { get; }

    /// <inheritdoc />
    public override string Method => "Token";
}
