using System.Text;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Diagnostics;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

public sealed class AuthTests
{
    private const string ClientSecret = "client-secret-value-0001";

    [Fact]
    public async Task AnApiKeyIsSentAsXApiKey()
    {
        var handler = new FakeHandler().ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler);

        await client.GetLanguagesAsync(false, default);

        var request = handler.Requests.Single();
        Assert.Equal(TestClients.ApiKey, request.Headers["x-api-key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task ClientCredentialsGetOneTokenAndReuseIt()
    {
        var token = Jwt(DateTimeOffset.UtcNow.AddDays(365));
        var handler = new FakeHandler()
            .ThenJson($$"""{"code":1000,"token":"{{token}}"}""")
            .ThenJson(TestClients.Languages)
            .ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler, new AkoolClientCredential("my-client-id", TestClients.Secure(ClientSecret)));

        await client.GetLanguagesAsync(true, default);
        await client.GetLanguagesAsync(true, default);

        var requests = handler.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.Equal("/api/open/v3/getToken", requests[0].Uri.AbsolutePath);
        Assert.Equal($$"""{"clientId":"my-client-id","clientSecret":"{{ClientSecret}}"}""", requests[0].Body);
        Assert.False(requests[0].Headers.ContainsKey("Authorization"));
        Assert.Equal("Bearer " + token, requests[1].Headers["Authorization"]);
        Assert.Equal("Bearer " + token, requests[2].Headers["Authorization"]);
        Assert.InRange(client.TokenExpiresAt!.Value, DateTimeOffset.UtcNow.AddDays(365).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(365).AddMinutes(1));
    }

    [Fact]
    public async Task ARejectedCachedTokenIsRenewedOnce()
    {
        var first = Jwt(DateTimeOffset.UtcNow.AddDays(1));
        var second = Jwt(DateTimeOffset.UtcNow.AddDays(2));
        var handler = new FakeHandler()
            .ThenJson($$"""{"code":1000,"token":"{{first}}"}""")
            .ThenJson(TestClients.Languages)
            .ThenJson("""{"code":1101,"msg":"Invalid authorization or The request token has expired"}""")
            .ThenJson($$"""{"code":1000,"token":"{{second}}"}""")
            .ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler, new AkoolClientCredential("id", TestClients.Secure(ClientSecret)));

        await client.GetLanguagesAsync(true, default);
        await client.GetLanguagesAsync(true, default);

        var requests = handler.Requests.ToArray();
        Assert.Equal(5, requests.Length);
        Assert.Equal("Bearer " + second, requests[4].Headers["Authorization"]);
    }

    [Fact]
    public async Task AGivenTokenIsSentAsBearer()
    {
        var handler = new FakeHandler().ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler, new AkoolTokenCredential(TestClients.Secure("given-token")));

        await client.GetLanguagesAsync(false, default);

        Assert.Equal("Bearer given-token", handler.Requests.Single().Headers["Authorization"]);
    }

    [Fact]
    public async Task NoSecretReachesTheLogLines()
    {
        var token = Jwt(DateTimeOffset.UtcNow.AddDays(1));
        var handler = new FakeHandler()
            .ThenJson($$"""{"code":1000,"token":"{{token}}"}""")
            .ThenJson(TestClients.Languages);
        var sink = new ListSink();
        using var client = TestClients.WithFake(handler, new AkoolClientCredential("id", TestClients.Secure(ClientSecret)));

        using (AkoolLog.Use(sink))
        {
            await client.GetLanguagesAsync(true, default);
        }

        Assert.Contains(sink.Lines, line => line.Contains("getToken"));
        Assert.Contains(sink.Lines, line => line.Contains("language/list") && line.Contains("HTTP 200"));
        Assert.DoesNotContain(sink.Lines, line => line.Contains(ClientSecret) || line.Contains(token) || line.Contains(token.Split('.')[2]));
    }

    [Fact]
    public async Task ASinkGetsOnlyTheLinesItAsksFor()
    {
        var handler = new FakeHandler().ThenJson(TestClients.Languages).ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler, new AkoolApiKeyCredential(TestClients.Secure("key")));
        var verboseOnly = new ListSink { DebugEnabled = false };
        var neither = new ListSink { VerboseEnabled = false, DebugEnabled = false };

        using (AkoolLog.Use(verboseOnly))
        {
            await client.GetLanguagesAsync(true, default);
        }

        using (AkoolLog.Use(neither))
        {
            await client.GetLanguagesAsync(true, default);
        }

        Assert.Contains(verboseOnly.Lines, line => line.StartsWith("V: ", StringComparison.Ordinal) && line.Contains("HTTP 200"));
        Assert.DoesNotContain(verboseOnly.Lines, line => line.StartsWith("D: ", StringComparison.Ordinal));
        Assert.Empty(neither.Lines);
    }

    [Fact]
    public void AnEmptySecretIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new AkoolApiKeyCredential(new System.Security.SecureString()));
        Assert.Throws<ArgumentException>(() => new AkoolClientCredential(" ", TestClients.Secure("x")));
    }

    internal static string Jwt(DateTimeOffset expires)
    {
        static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Encode("""{"alg":"HS256","typ":"JWT"}""") + "." + Encode($$"""{"uid":1,"exp":{{expires.ToUnixTimeSeconds()}}}""") + ".c2lnbmF0dXJlLXZhbHVl";
    }

    internal sealed class ListSink : IAkoolLogSink
    {
        public List<string> Lines { get; } = new();

        public bool VerboseEnabled { get; init; } = true;

        public bool DebugEnabled { get; init; } = true;

        public void Verbose(string message)
        {
            lock (Lines)
            {
                Lines.Add("V: " + message);
            }
        }

        public void Debug(string message)
        {
            lock (Lines)
            {
                Lines.Add("D: " + message);
            }
        }
    }
}
