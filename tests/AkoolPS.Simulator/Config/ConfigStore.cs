namespace AkoolPS.Simulator;

/// <summary>Holds the current <see cref="SimulatorConfig"/>; readers never lock, writers swap atomically.</summary>
internal sealed class ConfigStore(SimulatorConfig initial)
{
    private SimulatorConfig _current = initial.Validated();

    public SimulatorConfig Current => Volatile.Read(ref _current);

    /// <summary>Applies <paramref name="change"/> atomically, so two admin calls cannot lose each other's fields.</summary>
    public SimulatorConfig Update(Func<SimulatorConfig, SimulatorConfig> change)
    {
        while (true)
        {
            var before = Current;
            var after = change(before).Validated();
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, after, before), before))
            {
                return after;
            }
        }
    }

    /// <summary>
    /// Takes <paramref name="credits"/> from the balance if it can pay them, atomically with respect to
    /// concurrent creates and admin changes; false (and no change) when it cannot.
    /// </summary>
    public bool TryCharge(long credits)
    {
        while (true)
        {
            var before = Current;
            if (before.Credit < credits)
            {
                return false;
            }

            var after = before with { Credit = before.Credit - credits };
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, after, before), before))
            {
                return true;
            }
        }
    }

    public void Replace(SimulatorConfig config) => Volatile.Write(ref _current, config.Validated());
}
