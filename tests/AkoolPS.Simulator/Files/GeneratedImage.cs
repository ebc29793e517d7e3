namespace AkoolPS.Simulator;

/// <summary>
/// A generated "image": the PNG signature (so tools that sniff the type see a PNG) followed by bytes that
/// are a pure function of the seed, so every download of the same job's image is the same.
/// </summary>
internal sealed class GeneratedImage : IResultContent
{
    private const int Size = 4096;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _bytes = new byte[Size];

    public GeneratedImage(ulong seed)
    {
        Signature.CopyTo(_bytes, 0);
        var state = seed | 1;
        for (var i = Signature.Length; i < Size; i++)
        {
            // xorshift64: cheap, deterministic, and different per job.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            _bytes[i] = (byte)state;
        }
    }

    public long Length => Size;

    public string ContentType => "image/png";

    public Task WriteAsync(Stream destination, long offset, long count, CancellationToken cancellationToken) =>
        destination.WriteAsync(_bytes.AsMemory((int)offset, (int)count), cancellationToken).AsTask();
}
