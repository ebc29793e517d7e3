using System.Globalization;

namespace AkoolPS.Simulator;

/// <summary>
/// The part of a file a request asks for (RFC 9110 section 14), single ranges only. A header that is
/// malformed, not in bytes, or asks for several ranges is ignored and the whole file is sent, which the
/// RFC allows; a well-formed range that starts past the end is unsatisfiable (416).
/// </summary>
internal readonly record struct ByteRange(ByteRange.Kind Outcome, long From = 0, long To = -1)
{
    public enum Kind
    {
        Whole,
        Partial,
        Unsatisfiable,
    }

    public long Count => To - From + 1;

    public static ByteRange Whole(long length) => new(Kind.Whole, 0, length - 1);

    public static ByteRange Parse(string? header, long length)
    {
        const string Unit = "bytes=";
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith(Unit, StringComparison.OrdinalIgnoreCase) || header.Contains(','))
        {
            return Whole(length);
        }

        var spec = header[Unit.Length..].Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0)
        {
            return Whole(length);
        }

        var first = spec[..dash].Trim();
        var last = spec[(dash + 1)..].Trim();
        if (first.Length == 0)
        {
            // "bytes=-n": the last n bytes; "-0" asks for nothing, which nothing can satisfy.
            return TryNumber(last, out var suffix)
                ? suffix == 0 || length == 0 ? Unsatisfiable() : new ByteRange(Kind.Partial, Math.Max(0, length - suffix), length - 1)
                : Whole(length);
        }

        if (!TryNumber(first, out var from))
        {
            return Whole(length);
        }

        long to = length - 1;
        if (last.Length > 0 && (!TryNumber(last, out to) || to < from))
        {
            return Whole(length);
        }

        return from >= length ? Unsatisfiable() : new ByteRange(Kind.Partial, from, Math.Min(to, length - 1));
    }

    private static ByteRange Unsatisfiable() => new(Kind.Unsatisfiable);

    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
