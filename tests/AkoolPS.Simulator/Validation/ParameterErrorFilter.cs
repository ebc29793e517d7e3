namespace AkoolPS.Simulator;

/// <summary>Turns a <see cref="RequestValidationException"/> from any handler into the documented 1003 answer.</summary>
internal sealed class ParameterErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (RequestValidationException invalid)
        {
            return AkoolResult.Error(AkoolCodes.ParameterError, invalid.Message);
        }
    }
}
