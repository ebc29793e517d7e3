using System.Buffers.Binary;
using System.IO.Compression;

namespace AkoolPS.Simulator;

/// <summary>
/// A small but valid PNG (32×32, 8-bit RGB, a gradient whose colours come from the seed): what an image
/// face swap hands out, so a client that sniffs the type, or opens the file, sees an image.
/// </summary>
internal sealed class PngImage : IResultContent
{
    private const int Side = 32;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly uint[] CrcTable = BuildCrcTable();

    private readonly byte[] _bytes;

    public PngImage(ulong seed) => _bytes = Encode(seed);

    public long Length => _bytes.Length;

    public string ContentType => "image/png";

    public Task WriteAsync(Stream destination, long offset, long count, CancellationToken cancellationToken) =>
        destination.WriteAsync(_bytes.AsMemory((int)offset, (int)count), cancellationToken).AsTask();

    internal static byte[] Encode(ulong seed)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, Side);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), Side);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB

        // Each row: filter byte 0, then RGB triples.
        var raw = new byte[Side * (1 + (Side * 3))];
        var (r, g, b) = ((byte)seed, (byte)(seed >> 8), (byte)(seed >> 16));
        for (var y = 0; y < Side; y++)
        {
            var row = y * (1 + (Side * 3));
            for (var x = 0; x < Side; x++)
            {
                var at = row + 1 + (x * 3);
                raw[at] = (byte)(r + (x * 4));
                raw[at + 1] = (byte)(g + (y * 4));
                raw[at + 2] = b;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        var typed = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++)
        {
            typed[i] = (byte)type[i];
        }

        data.CopyTo(typed, 4);
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc(typed));
        output.Write(word);
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
