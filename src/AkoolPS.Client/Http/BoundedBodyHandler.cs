using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AkoolPS.Client.Http;

/// <summary>
/// Reads every API answer's body to its end inside the try, so the try's time-out and the caller's
/// cancellation cover the body as well as the headers (a server that sends headers and then stalls
/// cannot hang a call), and refuses a body larger than <see cref="MaxAnswerBytes"/> instead of holding it.
/// What it passes on is the buffered copy, so nothing later reads from the network again.
/// </summary>
internal sealed class BoundedBodyHandler : DelegatingHandler
{
    /// <summary>The largest API answer read: Akool's answers are a few kilobytes; 16 MB is far beyond any of them.</summary>
    public const int MaxAnswerBytes = 16 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content is null)
        {
            return response;
        }

        try
        {
            var body = await ReadAsync(response.Content, (int)response.StatusCode, cancellationToken).ConfigureAwait(false);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    internal static async Task<byte[]> ReadAsync(HttpContent content, int status, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is long announced && announced > MaxAnswerBytes)
        {
            throw new AnswerTooLargeException(status);
        }

        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return copy.ToArray();
            }

            if (copy.Length + read > MaxAnswerBytes)
            {
                throw new AnswerTooLargeException(status);
            }

            copy.Write(buffer, 0, read);
        }
    }
}

/// <summary>An answer larger than <see cref="BoundedBodyHandler.MaxAnswerBytes"/>; the connection turns it into the client's error.</summary>
internal sealed class AnswerTooLargeException : Exception
{
    public AnswerTooLargeException(int status)
        : base("The answer is larger than 16 MB.")
    {
        Status = status;
    }

    public int Status { get; }
}
