using System.Net;
using System.Text.Json;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Jobs;
using AkoolPS.Client.Models;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>The registry of kinds, the generic job reader, the listing grace and finding a job's kind.</summary>
public sealed class JobKindTests
{
    private const string NotFound = """{"code":1008,"msg":"The content you get does not exist"}""";

    [Fact]
    public void EveryWebhookTypeNamesOneKindAndUnknownTypesNone()
    {
        Assert.Equal(AkoolVideoKind.Translation, JobKinds.FromWebhookType("video translate"));
        Assert.Equal(AkoolVideoKind.TalkingPhoto, JobKinds.FromWebhookType(" Talking Photo "));
        Assert.Null(JobKinds.FromWebhookType("background change"));
        Assert.Null(JobKinds.FromWebhookType(null));
        Assert.Equal(JobKinds.Known.Count, JobKinds.Known.Distinct().Count());
    }

    [Fact]
    public void TheReaderToleratesOddTypesAndRefusesOnlyAMissingId()
    {
        var fields = new JobFields { Status = "image_status", Result = "image" };
        var job = fields.Read(Parse("""{"video_id":"v1","image_status":"3","image":"https://cdn.test/a.png","progress":"150","error_code":"x","create_time":"1761015187235"}"""), AkoolVideoKind.TalkingPhoto);

        Assert.Equal("v1", job.Id);
        Assert.Equal(AkoolVideoStatus.Completed, job.Status);
        Assert.Equal(new Uri("https://cdn.test/a.png"), job.ResultUrl);
        Assert.Equal(100, job.Progress);
        Assert.Null(job.ErrorCode);
        Assert.NotNull(job.CreatedAt);
        Assert.Equal(AkoolVideoStatus.Unknown, fields.Read(Parse("""{"_id":"a","image_status":7}"""), AkoolVideoKind.Image).Status);
        Assert.Equal(AkoolVideoStatus.Unknown, fields.Read(Parse("""{"_id":"a","image_status":2.5}"""), AkoolVideoKind.Image).Status);
        Assert.Throws<JsonException>(() => fields.Read(Parse("""{"image_status":1}"""), AkoolVideoKind.Image));
        Assert.Throws<JsonException>(() => fields.Read(Parse("""[1]"""), AkoolVideoKind.Image));
        Assert.Throws<JsonException>(() => fields.Read(Parse("""{"_id":{"$oid":"x"}}"""), AkoolVideoKind.Image));
    }

    [Fact]
    public async Task AJobNotListedYetRightAfterItsCreateReadsAsQueuedUntilTheGraceEnds()
    {
        var now = DateTimeOffset.Parse("2026-11-28T10:00:00Z");
        var handler = new FakeHandler().Always((_, _) => Task.FromResult(FakeHandler.Json("""{"code":1000,"msg":"OK","data":{"result":[]}}""")));
        using var client = TestClients.WithFake(handler, clock: () => now);
        var young = new VideoJobRef("new", AkoolVideoKind.ImageToVideo, now.AddSeconds(-30));
        var old = new VideoJobRef("old", AkoolVideoKind.ImageToVideo, now.AddMinutes(-3));
        var unknownAge = new VideoJobRef("id-only", AkoolVideoKind.ImageToVideo);

        var results = await client.GetVideosAsync(new[] { young, old, unknownAge }, default);

        Assert.Equal(AkoolVideoStatus.Queued, results[0].Job!.Status);
        Assert.Equal("Akool.1008", results[1].Error!.ErrorId);
        Assert.Equal("Akool.1008", results[2].Error!.ErrorId);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task AStatusCallForOneIdIsTakenAtItsWordEvenRightAfterTheCreate()
    {
        var now = DateTimeOffset.Parse("2026-11-28T10:00:00Z");
        var handler = new FakeHandler().Always((_, _) => Task.FromResult(FakeHandler.Json(NotFound)));
        using var client = TestClients.WithFake(handler, clock: () => now);

        var result = (await client.GetVideosAsync(new[] { new VideoJobRef("gone", AkoolVideoKind.Translation, now.AddSeconds(-5)) }, default))[0];

        Assert.Equal("Akool.1008", result.Error!.ErrorId);
    }

    [Fact]
    public async Task AKindOfItsOwnStatusCallIsFoundFromTheIdAlone()
    {
        // Image generation is the one kind read by image/infobymodelid; every other status call says "not found".
        var handler = new FakeHandler().Always((request, _) => Task.FromResult(FakeHandler.Json(
            request.RequestUri!.AbsolutePath.Contains("image/infobymodelid") ? """{"code":1000,"msg":"OK","data":{"_id":"g1","image_status":2}}"""
            : request.RequestUri!.AbsolutePath.Contains("resultsByIds") || request.RequestUri!.AbsolutePath.Contains("listbyids") ? """{"code":1000,"msg":"OK","data":{"result":[]}}"""
            : NotFound)));
        using var client = TestClients.WithFake(handler);

        var job = await client.FindJobAsync("g1", default);

        Assert.Equal(AkoolVideoKind.Image, job.Kind);
        Assert.Equal(AkoolVideoStatus.Processing, job.Status);
    }

    [Fact]
    public async Task AStatusCallSharedByKindsNeverGuessesAndAnUnknownIdSaysSo()
    {
        // infobymodelid knows the id; the batch calls list nothing; every other status call says not found.
        var handler = new FakeHandler().Always((request, _) => Task.FromResult(FakeHandler.Json(request.RequestUri!.AbsolutePath.Contains("infobymodelid")
            ? TestClients.Job("v1", 2)
            : request.RequestUri!.AbsolutePath.Contains("resultsByIds") || request.RequestUri!.AbsolutePath.Contains("listbyids")
                ? """{"code":1000,"msg":"OK","data":{"result":[]}}"""
                : NotFound)));
        using var client = TestClients.WithFake(handler);

        var ambiguous = await Assert.ThrowsAsync<AkoolKindNotFoundException>(() => client.FindJobAsync("v1", default));
        Assert.Equal("Akool.KindAmbiguous", ambiguous.ErrorId);
        Assert.Contains(AkoolVideoKind.Translation, ambiguous.Candidates);
        Assert.Contains(AkoolVideoKind.TalkingPhoto, ambiguous.Candidates);

        using var none = TestClients.WithFake(new FakeHandler().Always((request, _) => Task.FromResult(FakeHandler.Json(
            request.RequestUri!.AbsolutePath.Contains("resultsByIds") || request.RequestUri!.AbsolutePath.Contains("listbyids")
                ? """{"code":1000,"msg":"OK","data":{"result":[]}}"""
                : NotFound))));
        var missing = await Assert.ThrowsAsync<AkoolKindNotFoundException>(() => none.FindJobAsync("nope", default));
        Assert.Equal("Akool.JobNotFound", missing.ErrorId);
        Assert.Equal(AkoolFailureKind.NotFound, missing.Kind);
    }

    [Fact]
    public async Task OneBadEntryOfABatchAnswerDoesNotHideTheOthers()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"result":[{"status":3},{"_id":"i2","status":3,"video_url":"https://cdn.test/i2.mp4"},7]}}""");
        using var client = TestClients.WithFake(handler);

        var results = await client.GetVideosAsync(new[] { new VideoJobRef("i1", AkoolVideoKind.ImageToVideo), new VideoJobRef("i2", AkoolVideoKind.ImageToVideo) }, default);

        Assert.Equal(AkoolFailureKind.NotFound, results[0].Error!.Kind);
        Assert.Equal(AkoolVideoStatus.Completed, results[1].Job!.Status);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
