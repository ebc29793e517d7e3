using System.Text;

namespace AkoolPS.Simulator;

/// <summary>A small text result (a subtitle file), held as bytes so ranges count bytes, not characters.</summary>
internal sealed class TextContent(string text, string contentType) : IResultContent
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

    public long Length => _bytes.Length;

    public string ContentType { get; } = contentType;

    public Task WriteAsync(Stream destination, long offset, long count, CancellationToken cancellationToken) =>
        destination.WriteAsync(_bytes.AsMemory((int)offset, (int)count), cancellationToken).AsTask();
}
