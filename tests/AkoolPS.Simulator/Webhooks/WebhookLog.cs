namespace AkoolPS.Simulator;

/// <summary>
/// Every webhook delivery attempt, oldest first, capped like the request journal. Appends carry the
/// generation they belong to, so an attempt still in flight during a reset cannot leak into the next test.
/// </summary>
internal sealed class WebhookLog
{
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Queue<WebhookDelivery> _deliveries = new();

    public void Append(WebhookDelivery delivery, CancellationToken generation)
    {
        lock (_gate)
        {
            // Checked under the lock: a reset cancels the generation first and clears the log second.
            if (generation.IsCancellationRequested)
            {
                return;
            }

            _deliveries.Enqueue(delivery);
            if (_deliveries.Count > Capacity)
            {
                _deliveries.Dequeue();
            }
        }
    }

    public IReadOnlyList<WebhookDelivery> Snapshot(string? jobId = null)
    {
        lock (_gate)
        {
            return [.. _deliveries.Where(d => string.IsNullOrEmpty(jobId) || d.JobId == jobId)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _deliveries.Clear();
        }
    }
}
