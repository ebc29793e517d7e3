using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Tests.Support;

/// <summary>Reads one job through the client's one read path, as the tests of a single answer need.</summary>
internal static class ClientExtensions
{
    public static async Task<VideoJob> GetOneAsync(this AkoolClient client, string id, AkoolVideoKind kind, CancellationToken cancellationToken)
    {
        var result = (await client.GetVideosAsync(new[] { new VideoJobRef(id, kind) }, cancellationToken))[0];
        return result.Job ?? throw result.Error!;
    }
}
