using System.Security;
using AkoolPS.Client;
using AkoolPS.Client.Auth;

namespace AkoolPS.Tests.Support;

internal static class TestClients
{
    public const string ApiKey = "test-api-key-0123456789abc";

    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    /// <summary>A client on a fake network, with retries fast enough for tests.</summary>
    public static AkoolClient WithFake(FakeHandler handler, AkoolCredential? credential = null, int maxRetry = 3, TimeSpan? timeout = null, TimeSpan? maxRetryDelay = null, Func<DateTimeOffset>? clock = null) =>
        new(new AkoolClientOptions
        {
            BaseUri = new Uri("https://akool.test/"),
            Credential = credential ?? new AkoolApiKeyCredential(Secure(ApiKey)),
            MaxRetry = maxRetry,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = maxRetryDelay ?? TimeSpan.FromSeconds(5),
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
            PrimaryHandlerFactory = () => handler,
            Clock = clock ?? (() => DateTimeOffset.UtcNow),
        });

    public const string Languages = """
        {"code":1000,"msg":"OK","data":{"lang_list":[
          {"lang_name":"Japanese","lang_code":"ja","url":"https://flags.test/ja.png","need_voice_id":false},
          {"lang_name":"French","lang_code":"fr","url":"https://flags.test/fr.png","need_voice_id":false},
          {"lang_name":"Afrikaans (South Africa)","lang_code":"af-ZA","url":"https://flags.test/af.png","need_voice_id":true,"region":"africa"}
        ]}}
        """;

    public static string Job(string id, int status, string extra = "")
    {
        var video = status == 3 ? "https://cdn.test/" + id + ".mp4" : string.Empty;
        return "{\"code\":1000,\"msg\":\"OK\",\"data\":{\"_id\":\"" + id + "\",\"create_time\":1761015187235,\"video_status\":" + status +
            ",\"video\":\"" + video + "\"" + extra + "}}";
    }
}
