using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>
/// The journal's record of a request while it is being answered. It sits in the request's features so the
/// fault middleware and <see cref="AkoolResult"/> can fill in what only they know; every field is set
/// before the first response byte leaves, so a client that has its answer also finds it in the journal.
/// </summary>
internal sealed class RequestTrace(long seq, long time, string method, string path, string? query, string auth, string? body)
{
    private readonly Lock _gate = new();
    private int? _status;
    private int? _code;
    private string? _fault;
    private bool _dropped;

    public string Method { get; } = method;

    public string Path { get; } = path;

    public void SetStatus(int status)
    {
        lock (_gate)
        {
            _status = status;
        }
    }

    /// <summary>Null when a fault replaced a JSON answer by something that is not one.</summary>
    public void SetCode(int? code)
    {
        lock (_gate)
        {
            _code = code;
        }
    }

    public void SetFault(FaultKind kind)
    {
        lock (_gate)
        {
            _fault = JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
        }
    }

    /// <summary>Nothing was sent, whatever the pipeline wrote into its (discarded) response.</summary>
    public void MarkDropped()
    {
        lock (_gate)
        {
            _dropped = true;
        }
    }

    public JournalEntry ToEntry()
    {
        lock (_gate)
        {
            return new JournalEntry(
                seq, time, Method, Path, query, auth, _dropped ? null : _status, _dropped ? null : _code, _fault, body);
        }
    }
}
