using System.Net.Http;

namespace AkoolPS.Client.Http;

/// <summary>One API request as the operations describe it; the connection does the rest.</summary>
internal sealed class ApiCall
{
    private ApiCall(HttpMethod method, string path, string? query, byte[]? body, bool isCreate, bool authenticated)
    {
        Method = method;
        Path = path;
        Query = query;
        Body = body;
        IsCreate = isCreate;
        Authenticated = authenticated;
    }

    public HttpMethod Method { get; }

    /// <summary>The path below the base address, without a leading slash.</summary>
    public string Path { get; }

    /// <summary>The query string without '?', already escaped, or null.</summary>
    public string? Query { get; }

    public byte[]? Body { get; }

    /// <summary>True when the call spends credits: it is never sent twice by accident.</summary>
    public bool IsCreate { get; }

    public bool Authenticated { get; }

    /// <summary>"GET /api/..." for log lines and error messages.</summary>
    public string Display => Method.Method + " /" + Path;

    public static ApiCall Get(string path, string? query = null) => new(HttpMethod.Get, path, query, null, false, true);

    /// <summary>A POST that only reads (e.g. resultsByIds) and may be repeated.</summary>
    public static ApiCall PostRead(string path, byte[] body, bool authenticated = true) => new(HttpMethod.Post, path, null, body, false, authenticated);

    public static ApiCall Create(string path, byte[] body) => new(HttpMethod.Post, path, null, body, true, true);
}
