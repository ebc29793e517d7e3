namespace AkoolPS.Simulator;

/// <summary>
/// A small but valid audio file of silence: an MP3 (an empty ID3v2.4 tag, then MPEG-1 Layer III frames at
/// 128 kbit/s, 44.1 kHz, mono, whose zero side information decodes as silence) or a WAV (16-bit PCM, 8 kHz,
/// mono). Files are capped at ten seconds, whatever the record says the audio lasts.
/// </summary>
internal sealed class AudioContent : IResultContent
{
    private const int MaxMs = 10_000;
    private const int FrameBytes = 417;
    private const double FrameMs = 1152 * 1000.0 / 44100;
    private const int WavRate = 8000;

    private readonly byte[] _bytes;

    private AudioContent(byte[] bytes, string contentType)
    {
        _bytes = bytes;
        ContentType = contentType;
    }

    public long Length => _bytes.Length;

    public string ContentType { get; }

    public static AudioContent For(string fileName, int durationMs)
    {
        var ms = Math.Clamp(durationMs, 100, MaxMs);
        return fileName.EndsWith(".wav", StringComparison.Ordinal)
            ? new AudioContent(Wav(ms), "audio/wav")
            : new AudioContent(Mp3(ms), "audio/mpeg");
    }

    public Task WriteAsync(Stream destination, long offset, long count, CancellationToken cancellationToken) =>
        destination.WriteAsync(_bytes.AsMemory((int)offset, (int)count), cancellationToken).AsTask();

    internal static byte[] Mp3(int ms)
    {
        byte[] tag = [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0, 0, 0];
        var frames = (int)Math.Ceiling(ms / FrameMs);
        var bytes = new byte[tag.Length + (frames * FrameBytes)];
        tag.CopyTo(bytes, 0);
        for (var i = 0; i < frames; i++)
        {
            var at = tag.Length + (i * FrameBytes);

            // Sync, MPEG-1, Layer III, no CRC | 128 kbit/s, 44.1 kHz, no padding | mono, original.
            bytes[at] = 0xFF;
            bytes[at + 1] = 0xFB;
            bytes[at + 2] = 0x90;
            bytes[at + 3] = 0xC4;
        }

        return bytes;
    }

    internal static byte[] Wav(int ms)
    {
        var dataBytes = WavRate * ms / 1000 * 2;
        var bytes = new byte[44 + dataBytes];
        using var writer = new BinaryWriter(new MemoryStream(bytes));
        writer.Write("RIFF"u8);
        writer.Write(36 + dataBytes);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(WavRate);
        writer.Write(WavRate * 2);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(dataBytes);
        return bytes;
    }
}
