namespace AkoolPS.Simulator;

/// <summary>The bytes of one result file, readable from any offset without existing anywhere in full.</summary>
internal interface IResultContent
{
    long Length { get; }

    string ContentType { get; }

    Task WriteAsync(Stream destination, long offset, long count, CancellationToken cancellationToken);
}
