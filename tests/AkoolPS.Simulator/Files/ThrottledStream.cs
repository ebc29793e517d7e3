using System.Diagnostics;

namespace AkoolPS.Simulator;

/// <summary>
/// A write-only wrapper that paces writes to at most a number of bytes a second, as a link of that
/// speed would: each write waits until the bytes written so far are due. One per response, so the
/// cap is per connection and concurrent downloads each get it.
/// </summary>
internal sealed class ThrottledStream(Stream inner, long bytesPerSecond) : Stream
{
    private const int Slice = 16 * 1024;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var part = buffer[..Math.Min(Slice, buffer.Length)];
            await inner.WriteAsync(part, cancellationToken);
            _written += part.Length;
            buffer = buffer[part.Length..];
            var due = TimeSpan.FromSeconds((double)_written / bytesPerSecond);
            var wait = due - _clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
