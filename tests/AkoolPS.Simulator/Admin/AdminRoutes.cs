namespace AkoolPS.Simulator;

/// <summary>
/// <c>/__admin/...</c>: the simulator's control panel for tests, the demo and benchmarks. No auth, camelCase
/// JSON, never journalled and never faulted. Each route is a thin call into <see cref="SimulatorState"/>.
/// </summary>
internal static class AdminRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(TrafficPaths.Admin.Value!).AddEndpointFilter<AdminErrorFilter>();

        admin.MapGet("/faults", (SimulatorState state) => Results.Ok(state.GetFaults()));
        admin.MapPost("/faults", async (HttpContext context, SimulatorState state) =>
            Results.Ok(state.AddFault(await AdminJson.ReadAsync<FaultRule>(context))));
        admin.MapDelete("/faults", (SimulatorState state) => Done(state.ClearFaults));

        admin.MapGet("/journal", (SimulatorState state, string? path, string? method) => Results.Ok(state.GetJournal(path, method)));
        admin.MapDelete("/journal", (SimulatorState state) => Done(state.ClearJournal));

        admin.MapGet("/config", (SimulatorState state) => Results.Ok(state.Config));
        admin.MapPost("/config", async (HttpContext context, SimulatorState state) =>
        {
            var patch = await AdminJson.ReadElementAsync(context);
            return Results.Ok(state.UpdateConfig(config => ConfigPatch.Apply(config, patch)));
        });

        admin.MapGet("/next-jobs", (SimulatorState state) => Results.Ok(state.GetPlannedJobs()));
        admin.MapPost("/next-jobs", async (HttpContext context, SimulatorState state) =>
        {
            state.PlanNextJobs(await AdminJson.ReadAsync<JobPlan>(context));
            return Results.Ok(state.GetPlannedJobs());
        });
        admin.MapDelete("/next-jobs", (SimulatorState state) => Done(state.ClearPlannedJobs));

        admin.MapGet("/jobs", (SimulatorState state) => Results.Ok(state.GetJobs()));
        admin.MapGet("/jobs/{id}", (SimulatorState state, string id) =>
            state.GetJob(id) is { } job ? Results.Ok(job) : throw new KeyNotFoundException($"No job '{id}'."));
        admin.MapPost("/jobs/{id}", async (HttpContext context, SimulatorState state, string id) =>
            Results.Ok(state.ChangeJob(id, await AdminJson.ReadAsync<JobChange>(context))));
        admin.MapDelete("/jobs/{id}", (SimulatorState state, string id) =>
            state.ForgetJob(id) ? Results.NoContent() : throw new KeyNotFoundException($"No job '{id}'."));

        admin.MapGet("/webhooks", (SimulatorState state, string? jobId) => Results.Ok(state.GetWebhookDeliveries(jobId)));
        admin.MapDelete("/webhooks", (SimulatorState state) => Done(state.ClearWebhookDeliveries));

        admin.MapPost("/tokens/revoke", (SimulatorState state) => Done(state.RevokeTokens));
        admin.MapPost("/reset", (SimulatorState state) => Done(state.Reset));
    }

    private static IResult Done(Action action)
    {
        action();
        return Results.NoContent();
    }
}
