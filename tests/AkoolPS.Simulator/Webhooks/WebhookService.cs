using Microsoft.Extensions.Hosting;

namespace AkoolPS.Simulator;

/// <summary>
/// The background loop that turns job transitions into webhook deliveries: every 100 ms (wall clock) it asks
/// <see cref="WebhookWatch"/> what is due by the simulator's clock, so a test's manual clock drives webhooks too.
/// </summary>
internal sealed class WebhookService(SimulatorState state, ILogger<WebhookService> logger) : BackgroundService
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var http = WebhookSender.CreateClient();
        var sender = new WebhookSender(state, http, logger, stoppingToken);
        using var timer = new PeriodicTimer(TickInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Tick(sender);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    // A simulator bug in one tick is reported and the loop goes on: stopping webhooks would hide it in a timeout.
    private void Tick(WebhookSender sender)
    {
        try
        {
            state.Webhooks.Tick(state.NowMs, state.Jobs, sender.DeliverAsync);
        }
        catch (Exception error)
        {
            logger.LogError(error, "Webhook tick failed");
        }
    }
}
