namespace AkoolPS.Simulator;

/// <summary>Runs <see cref="Authenticator.Check"/> in front of every authenticated <c>/api/open</c> endpoint.</summary>
internal sealed class AkoolAuthFilter(SimulatorState state) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        state.Authenticator.Check(context.HttpContext.Request) is { } failure
            ? ValueTask.FromResult<object?>(failure)
            : next(context);
}
