using System.Text;
using System.Text.RegularExpressions;

namespace AkoolPS.Client.Diagnostics;

/// <summary>
/// Masks secrets in text that is about to be shown: JSON fields that carry credentials and bearer
/// tokens. Used on every body written to -Debug and on every excerpt put into an error message.
/// </summary>
internal static class SecretMask
{
    private static readonly Regex SecretFields = new(
        "(\"(?:clientSecret|client_secret|token|access_token|apiKey|api_key|x-api-key|authorization|password)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Bearer = new(
        "(Bearer\\s+)[A-Za-z0-9\\-_.~+/=]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Jwt = new(
        "eyJ[A-Za-z0-9\\-_]+\\.[A-Za-z0-9\\-_]+\\.[A-Za-z0-9\\-_]*", RegexOptions.CultureInvariant);

    public static string Mask(string text)
    {
        var masked = SecretFields.Replace(text, "$1\"***\"");
        masked = Bearer.Replace(masked, "$1***");
        return Jwt.Replace(masked, "***");
    }

    /// <summary>The start of a body as one short line, masked: safe to put into an error message.</summary>
    public static string Excerpt(byte[] body, int maxLength = 160)
    {
        var length = System.Math.Min(body.Length, maxLength * 4);
        var text = Encoding.UTF8.GetString(body, 0, length);
        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength + 1));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && (lastWasSpace || builder.Length == 0))
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
            lastWasSpace = space;
        }

        var line = Mask(builder.ToString().Trim());
        return line.Length <= maxLength ? line : line.Substring(0, maxLength) + "...";
    }
}
