namespace AkoolPS.Simulator;

/// <summary>The one create path of every endpoint: pay, then create; 1104 and nothing created when the balance is short.</summary>
internal static class PaidJobs
{
    /// <exception cref="AkoolErrorException">1104: the remaining credit cannot pay for all of the jobs.</exception>
    public static IReadOnlyList<Job> Create(HttpContext context, SimulatorState state, IReadOnlyList<JobDetails> details, string webhookUrl) =>
        state.Jobs.TryCreate(details, webhookUrl, ResultFiles.OriginOf(context.Request))
        ?? throw new AkoolErrorException(AkoolCodes.InsufficientCredit);

    /// <inheritdoc cref="Create(HttpContext, SimulatorState, IReadOnlyList{JobDetails}, string)"/>
    public static Job Create<TDetails>(HttpContext context, SimulatorState state, JobRequest<TDetails> request)
        where TDetails : JobDetails =>
        Create(context, state, [request.Details], request.WebhookUrl)[0];
}
