using System.Text;
using System.Text.RegularExpressions;

namespace AkoolPS.Simulator;

/// <summary>Copies the start of a request body for the journal, leaving the body readable for the endpoint.</summary>
internal static partial class BodyCapture
{
    public const int Limit = 64 * 1024;

    public static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or 0 && !request.Headers.ContainsKey("Transfer-Encoding"))
        {
            return null;
        }

        request.EnableBuffering();
        var buffer = new byte[Limit];
        var length = 0;
        int read;
        while (length < Limit && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        request.Body.Position = 0;
        return length == 0 ? null : Mask(Encoding.UTF8.GetString(buffer, 0, length));
    }

    /// <summary>
    /// Hides the clientSecret of getToken (wherever it appears, even in a body cut at the limit or not
    /// valid JSON): the journal is printed by failing tests, and the secret is also the API key.
    /// </summary>
    public static string Mask(string body) => ClientSecretValue().Replace(body, "${name}\"***\"");

    [GeneratedRegex("""(?<name>"clientSecret"\s*:\s*)("(?:[^"\\]|\\.)*"?|[^,}\s]+)""")]
    private static partial Regex ClientSecretValue();
}
