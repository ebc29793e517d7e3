namespace AkoolPS.Simulator;

/// <summary>
/// Turns an <see cref="AkoolErrorException"/> from any handler (a 1003 from validation, a 1008 from a lookup,
/// a 1104 from billing) into the documented answer: HTTP 200 with that business code.
/// </summary>
internal sealed class AkoolErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AkoolErrorException error)
        {
            return AkoolResult.Error(error.Code, error.Message);
        }
    }
}
