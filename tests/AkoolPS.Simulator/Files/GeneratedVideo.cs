using System.Buffers;
using System.Buffers.Binary;

namespace AkoolPS.Simulator;

/// <summary>
/// A "video" of any length whose every byte is a pure function of (seed, offset): the same for a full
/// download and for any mix of ranges, and written in chunks, so 1 GB never sits in memory. It starts
/// with a real MP4 <c>ftyp</c> box so tools that sniff the type see a video.
/// </summary>
internal sealed class GeneratedVideo(ulong seed, long length) : IResultContent
{
    private const int ChunkSize = 64 * 1024;

    private static readonly byte[] FileTypeBox =
    [
        0x00, 0x00, 0x00, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m',
        0x00, 0x00, 0x02, 0x00, (byte)'i', (byte)'s', (byte)'o', (byte)'m', (byte)'i', (byte)'s', (byte)'o', (byte)'2',
        (byte)'a', (byte)'v', (byte)'c', (byte)'1', (byte)'m', (byte)'p', (byte)'4', (byte)'1',
    ];

    public long Length { get; } = length;

    public string ContentType => "video/mp4";

    public async Task WriteAsync(Stream destination, long offset, long count, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (count > 0)
            {
                var size = (int)Math.Min(ChunkSize, count);
                Fill(buffer.AsSpan(0, size), offset);
                await destination.WriteAsync(buffer.AsMemory(0, size), cancellationToken);
                offset += size;
                count -= size;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Fills <paramref name="target"/> with the bytes found at <paramref name="offset"/>.</summary>
    internal void Fill(Span<byte> target, long offset)
    {
        Span<byte> word = stackalloc byte[8];
        var i = 0;
        while (i < target.Length)
        {
            var position = offset + i;
            if (position < FileTypeBox.Length)
            {
                target[i++] = FileTypeBox[position];
                continue;
            }

            // One 64-bit mix per 8 bytes of file; a position reads its byte of the word it falls in.
            BinaryPrimitives.WriteUInt64LittleEndian(word, Mix(seed + (ulong)(position >> 3)));
            var start = (int)(position & 7);
            var take = Math.Min(8 - start, target.Length - i);
            word.Slice(start, take).CopyTo(target[i..]);
            i += take;
        }
    }

    // SplitMix64's finaliser: cheap, and every input bit affects every output bit.
    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }
}
