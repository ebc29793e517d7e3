using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AkoolPS.Simulator;

/// <summary>
/// Reading admin bodies and answering admin errors. Errors are real HTTP statuses with
/// <c>{"error":"..."}</c>: the admin API is the simulator's own, not Akool's code-in-200 style.
/// </summary>
internal static class AdminJson
{
    public static async Task<T> ReadAsync<T>(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted)
                ?? throw new ArgumentException("The body must be a JSON object.");
        }
        catch (JsonException invalid)
        {
            throw new ArgumentException($"Invalid JSON body: {invalid.Message}");
        }
    }

    public static async Task<JsonElement> ReadElementAsync(HttpContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return document.RootElement.Clone();
        }
        catch (JsonException invalid)
        {
            throw new ArgumentException($"Invalid JSON body: {invalid.Message}");
        }
    }

    public static IResult Error(int status, string message) => Results.Json(new AdminError(message), statusCode: status);

    private sealed record AdminError(string Error);
}

/// <summary>Maps the exceptions of <see cref="SimulatorState"/> to admin statuses: 400, 404, 409.</summary>
internal sealed class AdminErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (KeyNotFoundException missing)
        {
            return AdminJson.Error(StatusCodes.Status404NotFound, missing.Message);
        }
        catch (InvalidOperationException conflict)
        {
            return AdminJson.Error(StatusCodes.Status409Conflict, conflict.Message);
        }
        catch (ArgumentException invalid)
        {
            return AdminJson.Error(StatusCodes.Status400BadRequest, invalid.Message);
        }
    }
}
