using System.Net;
using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>What the client makes of Akool's answers: models, unknown fields, business codes, broken bodies.</summary>
public sealed class ResponseTests
{
    [Fact]
    public async Task LanguagesAreParsedAndUnknownFieldsKept()
    {
        var handler = new FakeHandler().ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler);

        var languages = await client.GetLanguagesAsync(false, default);

        Assert.Equal(new[] { "ja", "fr", "af-ZA" }, languages.Select(l => l.Code));
        var afrikaans = languages[2];
        Assert.Equal("Afrikaans (South Africa)", afrikaans.Name);
        Assert.False(afrikaans.AdditionalFields.ContainsKey("need_voice_id"));
        Assert.Equal(new Uri("https://flags.test/af.png"), afrikaans.FlagUrl);
        Assert.Equal("africa", afrikaans.AdditionalFields["region"]);
        Assert.Equal("/api/open/v3/language/list", handler.Requests.Single().Uri.AbsolutePath);
    }

    [Fact]
    public async Task LanguagesAreFetchedOncePerClient()
    {
        var handler = new FakeHandler().ThenJson(TestClients.Languages);
        using var client = TestClients.WithFake(handler);

        await client.GetLanguagesAsync(false, default);
        await client.GetLanguagesAsync(false, default);

        Assert.Single(handler.Requests);
        Assert.NotNull(client.CachedLanguages);
    }

    [Fact]
    public async Task EveryDocumentedJobFieldIsParsed()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK","data":{"_id":"68f6f593569f662dbad4e49e","create_time":1761015187235,"uid":101400,
             "team_id":"6805fb69e92d9edc7ca0b409","video_id":"68f6f59234a68e7b8a942836","video_status":3,
             "video":"https://cdn.test/out.mp4","progress":100,"deduction_duration":4,
             "audio_splits":{"original_srt_url":"https://cdn.test/o.srt","translated_srt_url":"https://cdn.test/t.srt","no_caption_video_url":"https://cdn.test/n.mp4"},
             "brand_new_field":{"nested":[1,"two",true]}}}
            """);
        using var client = TestClients.WithFake(handler);

        var job = await client.GetOneAsync("68f6f593569f662dbad4e49e", AkoolVideoKind.Translation, default);

        Assert.Equal(AkoolVideoStatus.Completed, job.Status);
        Assert.Equal(100, job.Progress);
        Assert.Equal(new Uri("https://cdn.test/out.mp4"), job.ResultUrl);
        Assert.Equal(4, job.Credits);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1761015187235), job.CreatedAt);
        Assert.Equal(job.CreatedAt!.Value.AddDays(7), job.ExpiresAt);
        Assert.Equal(new Uri("https://cdn.test/t.srt"), job.Subtitles!.TranslatedSrtUrl);
        Assert.Equal(new Uri("https://cdn.test/n.mp4"), job.Subtitles.NoCaptionVideoUrl);
        Assert.Equal(101400L, job.ApiFields["uid"]);
        Assert.Equal("68f6f59234a68e7b8a942836", job.ApiFields["video_id"]);
        var nested = Assert.IsType<Dictionary<string, object?>>(job.ApiFields["brand_new_field"]);
        Assert.Equal(new object?[] { 1L, "two", true }, nested["nested"]);
        Assert.Equal("video_model_id=68f6f593569f662dbad4e49e", handler.Requests.Single().Uri.Query.TrimStart('?'));
    }

    [Fact]
    public async Task AFailedJobCarriesItsErrorCodeAndReason()
    {
        var handler = new FakeHandler().ThenJson(TestClients.Job("a1", 4, ",\"progress\":15,\"error_code\":501312,\"error_reason\":\"Something went wonky\""));
        using var client = TestClients.WithFake(handler);

        var job = await client.GetOneAsync("a1", AkoolVideoKind.Translation, default);

        Assert.Equal(AkoolVideoStatus.Failed, job.Status);
        Assert.Equal(501312, job.ErrorCode);
        Assert.Equal("Something went wonky", job.ErrorReason);
        Assert.Equal(15, job.Progress);
    }

    [Theory]
    [InlineData(1101, AkoolFailureKind.Authentication)]
    [InlineData(1003, AkoolFailureKind.InvalidArgument)]
    [InlineData(1008, AkoolFailureKind.NotFound)]
    [InlineData(1104, AkoolFailureKind.QuotaExceeded)]
    [InlineData(1204, AkoolFailureKind.InvalidMedia)]
    public async Task ABusinessCodeBecomesATypedException(int code, AkoolFailureKind kind)
    {
        var handler = new FakeHandler().ThenJson($$"""{"code":{{code}},"msg":"Akool says no"}""");
        using var client = TestClients.WithFake(handler);

        var error = await Assert.ThrowsAsync<AkoolApiException>(() => client.GetLanguagesAsync(false, default));

        Assert.Equal(code, error.Code);
        Assert.Equal("Akool says no", error.AkoolMessage);
        Assert.Equal(200, error.HttpStatus);
        Assert.Equal("/api/open/v3/language/list", error.RequestPath);
        Assert.Equal("Akool." + code, error.ErrorId);
        Assert.Equal(kind, error.Kind);
        Assert.Contains("Akool says no", error.Message);
        Assert.Contains(code.ToString(), error.Message);
    }

    [Fact]
    public async Task AnHtmlPageIsAClearErrorWithAShortExcerpt()
    {
        var page = "<html><head><title>Gateway</title></head><body>" + new string('x', 5000) + "</body></html>";
        var handler = new FakeHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(page) });
        using var client = TestClients.WithFake(handler);

        var error = await Assert.ThrowsAsync<AkoolResponseException>(() => client.GetLanguagesAsync(false, default));

        Assert.Equal("Akool.InvalidResponse", error.ErrorId);
        Assert.StartsWith("<html><head><title>Gateway", error.Excerpt);
        Assert.True(error.Excerpt.Length <= 161);
        Assert.Contains("HTTP 200", error.Message);
    }

    [Fact]
    public async Task SecretsInAnErrorBodyAreMasked()
    {
        var handler = new FakeHandler().ThenStatus(HttpStatusCode.BadRequest, """{"error":"bad","token":"eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl","note":"Bearer abc.def"}""");
        using var client = TestClients.WithFake(handler);

        var error = await Assert.ThrowsAsync<AkoolResponseException>(() => client.GetLanguagesAsync(false, default));

        Assert.Equal("Akool.Http400", error.ErrorId);
        Assert.DoesNotContain("eyJhbGciOi", error.Message);
        Assert.DoesNotContain("abc.def", error.Message);
    }

    [Fact]
    public async Task AnAnswerOfTheWrongShapeIsAClearError()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK"}""");
        using var client = TestClients.WithFake(handler);

        var error = await Assert.ThrowsAsync<AkoolResponseException>(() => client.GetOneAsync("x", AkoolVideoKind.Translation, default));

        Assert.Contains("not of the shape expected", error.Message);
    }

    [Fact]
    public async Task OneFailingJobDoesNotStopTheOthers()
    {
        var handler = new FakeHandler().Always((request, _) => Task.FromResult(
            request.RequestUri!.Query.Contains("gone")
                ? FakeHandler.Json("""{"code":1008,"msg":"The content you get does not exist"}""")
                : FakeHandler.Json(TestClients.Job(request.RequestUri.Query.Split('=')[1], 2))));
        using var client = TestClients.WithFake(handler);

        var results = await client.GetVideosAsync(
            new[] { new VideoJobRef("a", AkoolVideoKind.Translation), new VideoJobRef("gone", AkoolVideoKind.LipSync), new VideoJobRef("c", AkoolVideoKind.TalkingPhoto) },
            default);

        Assert.Equal("a", results[0].Job!.Id);
        Assert.Equal(1008, Assert.IsType<AkoolApiException>(results[1].Error).Code);
        Assert.Equal(AkoolVideoKind.TalkingPhoto, results[2].Job!.Kind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task ManyJobsAreReadConcurrentlyUpToTheSessionsBound(int bound)
    {
        var inFlight = 0;
        var most = 0;
        var handler = new FakeHandler().Always(async (request, token) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(100, token);
            Interlocked.Decrement(ref inFlight);
            return FakeHandler.Json(TestClients.Job(request.RequestUri!.Query.Split('=')[1], 2));
        });
        using var client = new AkoolClient(new AkoolClientOptions
        {
            BaseUri = new Uri("https://akool.test/"),
            Credential = new AkoolApiKeyCredential(TestClients.Secure(TestClients.ApiKey)),
            MaxConcurrency = bound,
            PrimaryHandlerFactory = () => handler,
        });

        var results = await client.GetVideosAsync(Enumerable.Range(0, 12).Select(i => new VideoJobRef("j" + i, AkoolVideoKind.Translation)).ToList(), default);

        Assert.Equal(12, results.Count(r => r.Job is not null));
        Assert.Equal(bound, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Fact]
    public async Task ImageToVideoJobsAreReadInOneResultsByIdsCall()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK","data":{"result":[
              {"_id":"i1","status":3,"video_url":"https://cdn.test/i1.mp4","create_time":1761015187235,"deduction_credit":20},
              {"_id":"i2","status":2}]}}
            """);
        using var client = TestClients.WithFake(handler);

        var results = await client.GetVideosAsync(
            new[] { new VideoJobRef("i1", AkoolVideoKind.ImageToVideo), new VideoJobRef("i2", AkoolVideoKind.ImageToVideo), new VideoJobRef("i3", AkoolVideoKind.ImageToVideo) },
            default);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/open/v4/image2Video/resultsByIds", request.Uri.AbsolutePath);
        Assert.Equal("""{"_ids":"i1,i2,i3"}""", request.Body);
        Assert.Equal(new Uri("https://cdn.test/i1.mp4"), results[0].Job!.ResultUrl);
        Assert.Equal(20, results[0].Job!.Credits);
        Assert.Equal(AkoolVideoStatus.Processing, results[1].Job!.Status);
        Assert.Equal(AkoolFailureKind.NotFound, results[2].Error!.Kind);
    }
}
