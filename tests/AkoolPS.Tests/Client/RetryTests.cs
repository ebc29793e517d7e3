using System.Net;
using System.Net.Http.Headers;
using AkoolPS.Client;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Http;
using AkoolPS.Client.Models;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>Reads retry on every transient failure; creates are never sent twice when they may have reached Akool.</summary>
public sealed class RetryTests
{
    private static readonly TranslationRequest Translation = new() { Url = new Uri("https://media.test/talk.mp4"), Languages = new[] { "ja" } };

    [Fact]
    public async Task AReadRetriesServerErrorsUntilItSucceeds()
    {
        var handler = new FakeHandler()
            .ThenStatus(HttpStatusCode.ServiceUnavailable)
            .ThenStatus(HttpStatusCode.BadGateway)
            .ThenStatus(HttpStatusCode.RequestTimeout)
            .ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler, maxRetry: 3);

        var languages = await client.GetLanguagesAsync(false, default);

        Assert.Equal(3, languages.Count);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task AReadRetriesRateLimitsDroppedConnectionsAndCode1005()
    {
        var handler = new FakeHandler()
            .ThenStatus((HttpStatusCode)429, change: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero))
            .ThenDropped()
            .ThenJson("""{"code":1005,"msg":"Frequent operation"}""")
            .ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler, maxRetry: 3);

        await client.GetLanguagesAsync(false, default);

        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task AReadThatKeepsFailingNamesTheLastCauseAndTheTries()
    {
        var handler = new FakeHandler().Always((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("busy") }));
        using var client = TestClients.WithFake(handler, maxRetry: 2);

        var error = await Assert.ThrowsAsync<AkoolTransportException>(() => client.GetLanguagesAsync(false, default));

        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("Akool.Http503", error.ErrorId);
        Assert.Contains("3 tries", error.Message);
        Assert.Contains("HTTP 503", error.Message);
    }

    [Fact]
    public async Task AReadThatTimesOutIsRetriedThenReportedAsATimeout()
    {
        var handler = new FakeHandler().ThenHang().ThenHang();
        using var client = TestClients.WithFake(handler, maxRetry: 1, timeout: TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<AkoolTransportException>(() => client.GetLanguagesAsync(false, default));

        Assert.True(error.TimedOut);
        Assert.Equal("Akool.RequestTimeout", error.ErrorId);
        Assert.Equal(AkoolFailureKind.Timeout, error.Kind);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task AClientErrorIsNotRetried()
    {
        var handler = new FakeHandler().ThenStatus(HttpStatusCode.BadRequest, "bad request");
        using var client = TestClients.WithFake(handler);

        await Assert.ThrowsAsync<AkoolResponseException>(() => client.GetLanguagesAsync(false, default));

        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("status503")]
    [InlineData("dropped")]
    [InlineData("timeout")]
    public async Task ACreateThatMayHaveReachedAkoolIsSentOnce(string failure)
    {
        var handler = new FakeHandler();
        _ = failure switch
        {
            "status503" => handler.ThenStatus(HttpStatusCode.ServiceUnavailable),
            "dropped" => handler.ThenDropped(),
            _ => handler.ThenHang(),
        };
        handler.Always((_, _) => Task.FromResult(FakeHandler.Json("""{"code":1000,"data":{"_id":"second"}}""")));
        using var client = TestClients.WithFake(handler, maxRetry: 4, timeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<AkoolCreateOutcomeUnknownException>(() => client.CreateTranslationAsync(Translation, default));

        Assert.Single(handler.Requests);
        Assert.Equal("Akool.CreateOutcomeUnknown", error.ErrorId);
        Assert.Contains("may have reached Akool", error.Message);
        Assert.Contains("was not sent again", error.Message);
    }

    [Fact]
    public async Task ACreateIsRetriedWhenItSurelyDidNotReachAkool()
    {
        var handler = new FakeHandler()
            .ThenRefused()
            .ThenStatus((HttpStatusCode)429)
            .ThenJson("""{"code":1005,"msg":"Frequent operation"}""")
            .ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"j1","video_status":1,"language":"ja"}}""");
        using var client = TestClients.WithFake(handler, maxRetry: 3);

        var outcomes = await client.CreateTranslationAsync(Translation, default);

        Assert.Equal("j1", outcomes.Single().Job!.Id);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public void RetryAfterIsHonouredInBothFormsAndCapped()
    {
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        var delay = new RetryDelay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), () => 0.5, () => now);

        using var seconds = new HttpResponseMessage((HttpStatusCode)429);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage((HttpStatusCode)429);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(12));
        using var tooLong = new HttpResponseMessage((HttpStatusCode)429);
        tooLong.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.FromSeconds(7), delay.For(1, seconds));
        Assert.Equal(TimeSpan.FromSeconds(12), delay.For(1, date));
        Assert.Equal(TimeSpan.FromSeconds(30), delay.For(1, tooLong));
    }

    [Fact]
    public void BackoffDoublesWithJitterUpToTheCap()
    {
        var low = new RetryDelay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), () => 0.0);
        var high = new RetryDelay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), () => 0.999999);

        Assert.Equal(TimeSpan.FromSeconds(0.5), low.For(1, null));
        Assert.Equal(TimeSpan.FromSeconds(2), low.For(3, null));
        Assert.True(high.For(3, null) > TimeSpan.FromSeconds(3.99));
        Assert.Equal(TimeSpan.FromSeconds(5), low.For(10, null));
        Assert.True(high.For(10, null) <= TimeSpan.FromSeconds(10));
    }
}
