namespace AkoolPS.Simulator;

/// <summary>
/// The queue of <c>POST /__admin/next-jobs</c> plans. Plans are used first-in first-out, one job per
/// slot, so a three-language translation consumes three slots.
/// </summary>
internal sealed class JobPlans
{
    private readonly Lock _gate = new();
    private readonly LinkedList<JobPlan> _pending = new();

    public void Add(JobPlan plan)
    {
        plan.Validate();
        lock (_gate)
        {
            _pending.AddLast(plan);
        }
    }

    /// <summary>The plan for the job being created now, or null to use the configuration.</summary>
    public JobPlan? TakeOne()
    {
        lock (_gate)
        {
            if (_pending.First is not { } first)
            {
                return null;
            }

            if (first.Value.Count == 1)
            {
                _pending.RemoveFirst();
            }
            else
            {
                first.Value = first.Value with { Count = first.Value.Count - 1 };
            }

            return first.Value with { Count = 1 };
        }
    }

    public IReadOnlyList<JobPlan> Pending()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }
}
