using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AkoolPS.Bench;

/// <summary>An RGB raster with the few drawing operations a chart needs, saved as PNG (zlib from the BCL).</summary>
public sealed class Canvas
{
    private readonly byte[] pixels;

    public Canvas(int width, int height, uint background = 0xFFFFFF)
    {
        Width = width;
        Height = height;
        pixels = new byte[width * height * 3];
        FillRect(0, 0, width, height, background);
    }

    public int Width { get; }

    public int Height { get; }

    public void Set(int x, int y, uint rgb)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height)
        {
            return;
        }

        var i = ((y * Width) + x) * 3;
        pixels[i] = (byte)(rgb >> 16);
        pixels[i + 1] = (byte)(rgb >> 8);
        pixels[i + 2] = (byte)rgb;
    }

    public void FillRect(int x, int y, int w, int h, uint rgb)
    {
        for (var yy = Math.Max(0, y); yy < Math.Min(Height, y + h); yy++)
        {
            for (var xx = Math.Max(0, x); xx < Math.Min(Width, x + w); xx++)
            {
                Set(xx, yy, rgb);
            }
        }
    }

    public void Line(int x0, int y0, int x1, int y1, uint rgb, int thickness = 1)
    {
        int dx = Math.Abs(x1 - x0), sx = x0 < x1 ? 1 : -1;
        int dy = -Math.Abs(y1 - y0), sy = y0 < y1 ? 1 : -1;
        var err = dx + dy;
        var half = (thickness - 1) / 2;
        while (true)
        {
            FillRect(x0 - half, y0 - half, thickness, thickness, rgb);
            if (x0 == x1 && y0 == y1)
            {
                break;
            }

            var e2 = 2 * err;
            if (e2 >= dy)
            {
                err += dy;
                x0 += sx;
            }

            if (e2 <= dx)
            {
                err += dx;
                y0 += sy;
            }
        }
    }

    /// <summary>Dashed line, for reference marks.</summary>
    public void DashedLine(int x0, int y0, int x1, int y1, uint rgb, int dash = 6)
    {
        var length = Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0));
        for (var i = 0; i <= length; i++)
        {
            if ((i / dash) % 2 == 0)
            {
                var x = x0 + (int)Math.Round((x1 - x0) * (double)i / Math.Max(1, length));
                var y = y0 + (int)Math.Round((y1 - y0) * (double)i / Math.Max(1, length));
                Set(x, y, rgb);
            }
        }
    }

    /// <summary>Writes text in the built-in 5x7 font (upper case), scaled; returns the width drawn.</summary>
    public int Text(int x, int y, string text, uint rgb, int scale = 2)
    {
        var cursor = x;
        foreach (var c in text.ToUpperInvariant())
        {
            var glyph = Font.Glyph(c);
            for (var row = 0; row < 7; row++)
            {
                for (var col = 0; col < 5; col++)
                {
                    if (glyph[row][col] == '#')
                    {
                        FillRect(cursor + (col * scale), y + (row * scale), scale, scale, rgb);
                    }
                }
            }

            cursor += 6 * scale;
        }

        return cursor - x;
    }

    public static int TextWidth(string text, int scale = 2) => text.Length * 6 * scale;

    /// <summary>Text turned a quarter to the left (reads bottom to top), starting at the bottom-left corner (x, y).</summary>
    public void TextUp(int x, int y, string text, uint rgb, int scale = 2)
    {
        var cursor = y;
        foreach (var c in text.ToUpperInvariant())
        {
            var glyph = Font.Glyph(c);
            for (var row = 0; row < 7; row++)
            {
                for (var col = 0; col < 5; col++)
                {
                    if (glyph[row][col] == '#')
                    {
                        FillRect(x + (row * scale), cursor - ((col + 1) * scale), scale, scale, rgb);
                    }
                }
            }

            cursor -= 6 * scale;
        }
    }

    public void SavePng(string path)
    {
        using var file = File.Create(path);
        WritePng(file);
    }

    public void WritePng(Stream output)
    {
        output.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8;   // bits per sample
        header[9] = 2;   // truecolour RGB
        header[10] = 0;  // deflate
        header[11] = 0;  // adaptive filtering
        header[12] = 0;  // no interlace
        Chunk(output, "IHDR", header);

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var stride = Width * 3;
            for (var y = 0; y < Height; y++)
            {
                zlib.WriteByte(0); // filter: none
                zlib.Write(pixels, y * stride, stride);
            }
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", Array.Empty<byte>());
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        var crcBytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }

    private static class Crc32
    {
        private static readonly uint[] Table = Build();

        public static uint Update(uint crc, byte[] data)
        {
            foreach (var b in data)
            {
                crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        private static uint[] Build()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
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
}
