using System.Net.Http;

namespace AkoolPS.Client.Http;

/// <summary>
/// Marks carried by a request through the handler chain: whether it spends credits (which decides
/// its retry policy) and the business code found in its answer.
/// </summary>
internal static class RequestTraits
{
    private const string CreateKey = "AkoolPS.IsCreate";
    private const string CodeKey = "AkoolPS.BusinessCode";

#pragma warning disable CS0618 // HttpRequestMessage.Properties is the only bag netstandard2.0 has.
    public static void MarkCreate(HttpRequestMessage request) => request.Properties[CreateKey] = true;

    public static bool IsCreate(HttpRequestMessage request) =>
        request.Properties.TryGetValue(CreateKey, out var value) && value is true;

    public static void SetBusinessCode(HttpRequestMessage request, int code) => request.Properties[CodeKey] = code;

    public static int? BusinessCode(HttpResponseMessage? response) =>
        response?.RequestMessage is { } request && request.Properties.TryGetValue(CodeKey, out var value) && value is int code
            ? code
            : null;
#pragma warning restore CS0618
}
