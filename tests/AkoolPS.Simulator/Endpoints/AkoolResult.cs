using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// Every <c>/api/</c> answer: HTTP 200 and a JSON envelope whose <c>code</c> says what happened.
/// Writing through here is also how the journal learns the business code that was sent.
/// </summary>
internal sealed class AkoolResult : IResult
{
    // Field names are spelt out on every type (snake_case, _id, camelCase mixes), so no naming policy;
    // non-ASCII text is written as is, as Akool's Node.js backend does.
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Envelope _envelope;

    private AkoolResult(Envelope envelope) => _envelope = envelope;

    public int Code => _envelope.Code;

    public static AkoolResult Ok(object data, IEnumerable<object>? allResults = null) =>
        new(new Envelope(AkoolCodes.Ok, AkoolCodes.MessageFor(AkoolCodes.Ok), data,
            allResults?.Select(item => new Envelope(AkoolCodes.Ok, AkoolCodes.MessageFor(AkoolCodes.Ok), item)).ToList()));

    public static AkoolResult Error(int code, string? msg = null) => new(new Envelope(code, msg ?? AkoolCodes.MessageFor(code)));

    /// <summary>getToken's answer: <c>{"code":1000,"token":"..."}</c>, no <c>msg</c> and no <c>data</c> wrapper, as documented.</summary>
    public static AkoolResult Token(string token) => new(new Envelope(AkoolCodes.Ok, Token: token));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Features.Get<RequestTrace>()?.SetCode(Code);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        return httpContext.Response.WriteAsJsonAsync(_envelope, JsonOptions, httpContext.RequestAborted);
    }

    private sealed record Envelope(
        [property: JsonPropertyName("code")] int Code,
        [property: JsonPropertyName("msg"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Msg = null,
        [property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Data = null,
        [property: JsonPropertyName("all_results"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Envelope>? AllResults = null,
        [property: JsonPropertyName("token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Token = null);
}
