namespace AkoolPS.Simulator;

/// <summary>
/// The fault rules in the order added. Matching and counting happen under one lock, so a rule with
/// <c>times: 1</c> hits exactly one of many concurrent requests. Spent rules stay listed with their counts.
/// </summary>
internal sealed class FaultBook
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private int _lastId;

    public ActiveFault Add(FaultRule rule)
    {
        rule.Validate();
        lock (_gate)
        {
            var entry = new Entry(++_lastId, rule);
            _entries.Add(entry);
            return entry.Describe();
        }
    }

    /// <summary>The first live rule matching the request, counted as applied; null when none.</summary>
    public FaultRule? Take(string method, string path)
    {
        lock (_gate)
        {
            foreach (var entry in _entries)
            {
                if (entry.IsLive && entry.Matches(method, path))
                {
                    entry.Applied++;
                    return entry.Rule;
                }
            }

            return null;
        }
    }

    public IReadOnlyList<ActiveFault> List()
    {
        lock (_gate)
        {
            return [.. _entries.Select(entry => entry.Describe())];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    private sealed class Entry(int id, FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public int Applied { get; set; }

        public bool IsLive => Rule.Times == 0 || Applied < Rule.Times;

        public bool Matches(string method, string path) =>
            (Rule.Method is null || string.Equals(Rule.Method, method, StringComparison.OrdinalIgnoreCase))
            && PathPattern.Matches(Rule.Path, path);

        public ActiveFault Describe() => new(id, Rule, Applied, Rule.Times == 0 ? null : Rule.Times - Applied);
    }
}
