using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace AkoolPS.Client.Http;

/// <summary>
/// Reads the business <c>code</c> of a JSON answer before the retry policy sees it, because Akool
/// says "rate limited" (1005) in an HTTP 200 body and the policy can only look at the response.
/// The body is already buffered (and bounded) by <see cref="BoundedBodyHandler"/>, so reading it here costs nothing.
/// </summary>
internal sealed class BusinessCodeProbeHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (response.Content is null || mediaType is null || mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return response;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (TryReadCode(bytes) is int code)
        {
            RequestTraits.SetBusinessCode(request, code);
        }

        return response;
    }

    internal static int? TryReadCode(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code");
                reader.Read();
                if (isCode)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var code) ? code : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
