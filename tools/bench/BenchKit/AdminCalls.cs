using System.Net.Http.Headers;
using System.Text;

namespace AkoolPS.Bench;

/// <summary>
/// Many calls of the simulator's admin API at once, for set-ups too large for a loop of Invoke-RestMethod
/// (retiming 10,000 jobs, say). Admin routes take no key and are never journalled, so they do not disturb
/// what a scenario counts.
/// </summary>
public static class AdminCalls
{
    /// <summary>POSTs <paramref name="bodies"/>[i] (JSON) to <paramref name="paths"/>[i], <paramref name="concurrency"/> at a time; throws on the first failure.</summary>
    public static void PostEach(string baseUri, string[] paths, string[] bodies, int concurrency) =>
        PostEachAsync(baseUri, paths, bodies, concurrency).GetAwaiter().GetResult();

    private static async Task PostEachAsync(string baseUri, string[] paths, string[] bodies, int concurrency)
    {
        if (paths.Length != bodies.Length)
        {
            throw new ArgumentException("One body per path.");
        }

        using var client = new HttpClient { BaseAddress = new Uri(baseUri.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(2) };
        using var gate = new SemaphoreSlim(concurrency);
        var calls = paths.Select(async (path, i) =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                using var content = new StringContent(bodies[i], Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var answer = await client.PostAsync(path.TrimStart('/'), content).ConfigureAwait(false);
                if (!answer.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"POST {path}: HTTP {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync().ConfigureAwait(false)}");
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(calls).ConfigureAwait(false);
    }
}
