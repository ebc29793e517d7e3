using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace AkoolPS.Bench;

/// <summary>The result of one raw paging run.</summary>
public sealed class PagingRun
{
    public double TotalMs { get; init; }

    public double FirstPageMs { get; init; }

    public long Voices { get; init; }

    public int Pages { get; init; }
}

/// <summary>
/// The least a client can do against the simulator: one HttpClient with the API key header, a page
/// at a time, each answer parsed (a client has to) and its voices counted. The peer of Get-AkoolVoice,
/// and a yardstick for the module's per-request cost.
/// </summary>
public sealed class RawHttp : IDisposable
{
    private readonly HttpClient client;

    public RawHttp(string baseUri, string apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
        };
        client = new HttpClient(handler) { BaseAddress = new Uri(baseUri.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("AkoolPS.Bench");
    }

    /// <summary>Reads every voice page, one after the other, until the list ends.</summary>
    public PagingRun ReadAllVoicePages(int pageSize) => ReadAllVoicePagesAsync(pageSize).GetAwaiter().GetResult();

    /// <summary>GETs each path in turn and parses each answer; returns the elapsed milliseconds.</summary>
    public double GetEach(string[] paths) => GetEachAsync(paths).GetAwaiter().GetResult();

    public void Dispose() => client.Dispose();

    private async Task<PagingRun> ReadAllVoicePagesAsync(int pageSize)
    {
        var clock = Stopwatch.StartNew();
        double first = -1;
        long voices = 0;
        var page = 0;
        while (true)
        {
            page++;
            var bytes = await client.GetByteArrayAsync($"api/open/v4/voice/videoTranslation?page={page}&size={pageSize}").ConfigureAwait(false);
            using var document = JsonDocument.Parse(bytes);
            var data = document.RootElement.GetProperty("data");
            var count = data.GetProperty("result").GetArrayLength();
            var total = data.GetProperty("count").GetInt64();
            if (first < 0)
            {
                first = clock.Elapsed.TotalMilliseconds;
            }

            voices += count;
            if (count == 0 || (long)page * pageSize >= total)
            {
                break;
            }
        }

        return new PagingRun { TotalMs = clock.Elapsed.TotalMilliseconds, FirstPageMs = first, Voices = voices, Pages = page };
    }

    private async Task<double> GetEachAsync(string[] paths)
    {
        var clock = Stopwatch.StartNew();
        foreach (var path in paths)
        {
            var bytes = await client.GetByteArrayAsync(path).ConfigureAwait(false);
            using var document = JsonDocument.Parse(bytes);
            if (!document.RootElement.TryGetProperty("code", out var code) || code.GetInt32() != 1000)
            {
                throw new InvalidOperationException($"{path}: {System.Text.Encoding.UTF8.GetString(bytes)}");
            }
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}
