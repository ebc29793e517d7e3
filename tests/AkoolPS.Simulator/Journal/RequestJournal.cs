namespace AkoolPS.Simulator;

/// <summary>
/// Every <c>/api/</c> and <c>/files/</c> request in arrival order. Capped so a long benchmark cannot eat the
/// machine's memory: past <see cref="Capacity"/> the oldest entries go (the gap shows in <c>seq</c>).
/// </summary>
internal sealed class RequestJournal
{
    public const int Capacity = 100_000;

    private readonly Lock _gate = new();
    private readonly Queue<RequestTrace> _traces = new();
    private long _lastSeq;

    public RequestTrace Begin(long time, string method, string path, string? query, string auth, string? body)
    {
        lock (_gate)
        {
            var trace = new RequestTrace(++_lastSeq, time, method, path, query, auth, body);
            _traces.Enqueue(trace);
            if (_traces.Count > Capacity)
            {
                _traces.Dequeue();
            }

            return trace;
        }
    }

    /// <summary>Entries matching a path (exact, or a prefix ending in '*') and a method (any case), oldest first.</summary>
    public IReadOnlyList<JournalEntry> Snapshot(string? path = null, string? method = null)
    {
        RequestTrace[] traces;
        lock (_gate)
        {
            traces = [.. _traces];
        }

        return [.. traces
            .Where(t => string.IsNullOrEmpty(path) || PathPattern.Matches(path, t.Path))
            .Where(t => string.IsNullOrEmpty(method) || string.Equals(method, t.Method, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.ToEntry())];
    }

    public void Clear()
    {
        lock (_gate)
        {
            _traces.Clear();
        }
    }
}
