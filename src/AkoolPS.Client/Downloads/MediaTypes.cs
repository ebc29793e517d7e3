using System;
using System.Text;

namespace AkoolPS.Client.Downloads;

/// <summary>
/// The extension of a saved result, from a fixed list only: the first bytes of the file decide
/// (magic numbers), else its Content-Type, else the expected media's default. Never the link.
/// </summary>
public static class MediaTypes
{
    /// <summary>How many leading bytes <see cref="ExtensionOf"/> looks at.</summary>
    public const int SniffLength = 64;

    /// <summary>The extension a result of <paramref name="media"/> gets when its content says nothing.</summary>
    public static string DefaultExtension(AkoolResultMedia media) => media switch
    {
        AkoolResultMedia.Audio => ".mp3",
        AkoolResultMedia.Image => ".png",
        AkoolResultMedia.Subtitles => ".srt",

        // A video, an image-or-video whose content did not say, or anything else: never an extension that runs.
        _ => ".mp4",
    };

    /// <summary>The extension for a file that begins with <paramref name="head"/> and was sent as <paramref name="contentType"/>.</summary>
    public static string ExtensionOf(AkoolResultMedia expected, byte[] head, int count, string? contentType) =>
        FromMagic(head, Math.Min(count, head.Length), expected) ?? FromContentType(contentType) ?? DefaultExtension(expected);

    private static string? FromMagic(byte[] b, int n, AkoolResultMedia expected)
    {
        bool At(int offset, string ascii)
        {
            if (offset + ascii.Length > n)
            {
                return false;
            }

            for (var i = 0; i < ascii.Length; i++)
            {
                if (b[offset + i] != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        if (At(4, "ftyp"))
        {
            return ".mp4";
        }

        if (At(0, "RIFF") && At(8, "WAVE"))
        {
            return ".wav";
        }

        if (At(0, "RIFF") && At(8, "WEBP"))
        {
            return ".webp";
        }

        if (n >= 8 && b[0] == 0x89 && At(1, "PNG\r\n\x1A\n"))
        {
            return ".png";
        }

        if (n >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return ".jpg";
        }

        // MP3: an ID3 tag, or an MPEG audio frame header (sync bits, layer III).
        if (At(0, "ID3") || (n >= 2 && b[0] == 0xFF && (b[1] & 0xE6) == 0xE2))
        {
            return ".mp3";
        }

        return expected == AkoolResultMedia.Subtitles ? SubtitleFormat(b, n) : null;
    }

    // Text: an Advanced SubStation file opens with [Script Info]; SubRip with a cue number and a "-->" time line.
    private static string? SubtitleFormat(byte[] b, int n)
    {
        var text = Encoding.UTF8.GetString(b, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith("[Script Info]", StringComparison.OrdinalIgnoreCase))
        {
            return ".ass";
        }

        return text.Length > 0 && char.IsDigit(text[0]) && text.Contains("-->") ? ".srt" : null;
    }

    private static string? FromContentType(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "video/mp4" => ".mp4",
            "audio/mpeg" or "audio/mp3" => ".mp3",
            "audio/wav" or "audio/x-wav" or "audio/wave" or "audio/vnd.wave" => ".wav",
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            "image/webp" => ".webp",
            "application/x-subrip" or "text/srt" or "application/srt" => ".srt",
            "text/x-ssa" or "text/x-ass" => ".ass",
            _ => null,
        };
    }
}
