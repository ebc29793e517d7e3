using System.Text.Json;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Generation;
using AkoolPS.Client.Models;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>The generation calls: the model list, the checks against a model, the estimate, batches, images and deletes.</summary>
public sealed class GenerationClientTests
{
    private const string Models = """
        {"code":1000,"msg":"OK","data":[
          {"sort":95,"provider":"seedance","type":1501,"label":"Seedance","value":"seedance-i2v","resolutionList":[{"value":"480p","width":854,"height":480,"unit_credit":3},{"value":"720p","unit_credit":5}],"durationList":[5,10],"supportedLastFrame":true,"maxCount":10},
          {"sort":100,"provider":"akool","type":1501,"label":"Fast","value":"fast-i2v","resolutionList":[{"value":"720p"}],"durationList":[5],"supportedLastFrame":false,"generate_audio":null,"maxCount":2},
          {"sort":1,"type":1502,"label":"Text","value":"text-model","resolutionList":[{"value":"768p","unit_credit":8}],"durationList":[6],"supportedExtendPrompt":true,"maxCount":3}
        ]}
        """;

    [Fact]
    public async Task TheModelListIsReadSortedAndFetchedOnceUnlessRefreshed()
    {
        var handler = new FakeHandler().ThenJson(Models).ThenJson(Models);
        using var client = TestClients.WithFake(handler);

        var models = await client.GetModelsAsync(false, default);
        await client.GetModelsAsync(false, default);
        await client.GetModelsAsync(true, default);

        Assert.Equal(new[] { "fast-i2v", "seedance-i2v", "text-model" }, models.Select(m => m.Name));
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("types[]=1501&types[]=1502&types[]=2101", Uri.UnescapeDataString(handler.Requests.First().Uri.Query.TrimStart('?')));
        var seedance = models.Single(m => m.Name == "seedance-i2v");
        Assert.Equal((AkoolVideoKind.ImageToVideo, true, 854, 3.0), (seedance.Kind, seedance.SupportsLastFrame, seedance.Resolutions[0].Width, seedance.Resolutions[0].UnitCredit));
        Assert.Null(models.Single(m => m.Name == "fast-i2v").Resolutions[0].UnitCredit);
    }

    [Fact]
    public async Task AHostileModelListKeepsOnlyWhatItCanTrust()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"data":[
              "not an object", {"type":1501}, {"value":"unknown-type","type":9999},
              {"value":"odd","type":"1501","resolutionList":[{"value":7},{"value":"720p","unit_credit":"-4","width":-1}],"durationList":["5",-3,10],"maxCount":1e9,"supportedLastFrame":"yes","generate_audio":1}
            ]}
            """);
        using var client = TestClients.WithFake(handler);

        var odd = Assert.Single(await client.GetModelsAsync(false, default));

        Assert.Equal("odd", odd.Name);
        Assert.Equal("720p", Assert.Single(odd.Resolutions).Name);
        Assert.Null(odd.Resolutions[0].UnitCredit);
        Assert.Null(odd.Resolutions[0].Width);
        Assert.Equal(new[] { 10 }, odd.Lengths);
        Assert.Null(odd.MaxCount);
        Assert.False(odd.SupportsLastFrame);
        Assert.False(odd.SupportsAudio);
    }

    [Theory]
    [InlineData("fast-i2v", "1080p", null, 1, null, "InvalidResolution", "resolutions 720p")]
    [InlineData("fast-i2v", null, 10, 1, null, "InvalidLength", "lengths (seconds) 5")]
    [InlineData("fast-i2v", null, null, 3, null, "InvalidCount", "1 to 2 videos")]
    [InlineData("fast-i2v", null, null, 1, "https://x.test/last.png", "LastFrameNotSupported", "no last frame")]
    [InlineData("seedance-i2v", null, null, 11, null, "InvalidCount", "1 to 10 videos")]
    public async Task ARequestThatDoesNotFitItsModelIsRefusedBeforeAnyCreate(string model, string? resolution, int? length, int count, string? lastFrame, string reason, string message)
    {
        var handler = new FakeHandler().ThenJson(Models);
        using var client = TestClients.WithFake(handler);
        var info = await client.FindModelAsync(AkoolVideoKind.ImageToVideo, model, default);

        var error = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateModelVideosAsync(new ModelVideoRequest
        {
            Model = info,
            ImageUrl = new Uri("https://x.test/a.png"),
            Prompt = "p",
            Resolution = resolution,
            LengthSeconds = length,
            Count = count,
            LastImageUrl = lastFrame is null ? null : new Uri(lastFrame),
        }, default));

        Assert.Equal("Akool." + reason, error.ErrorId);
        Assert.Contains(message, error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task AnUnknownModelIsRefusedWithTheNamesThereAre()
    {
        using var client = TestClients.WithFake(new FakeHandler().ThenJson(Models));

        var error = await Assert.ThrowsAsync<AkoolValidationException>(() => client.FindModelAsync(AkoolVideoKind.TextToVideo, "nope", default));

        Assert.Equal("Akool.UnknownModel", error.ErrorId);
        Assert.Contains("text-model", error.Message);
    }

    [Fact]
    public async Task TheEstimateIsUnitCreditTimesSecondsTimesCountAndAShortCreditStopsTheCall()
    {
        var handler = new FakeHandler().ThenJson(Models).ThenJson("""{"code":1000,"data":{"credit":100}}""");
        using var client = TestClients.WithFake(handler);

        var estimate = await client.EstimateCreditsAsync(AkoolVideoKind.ImageToVideo, "seedance-i2v", "720p", 10, 3, default);
        var model = await client.FindModelAsync(AkoolVideoKind.ImageToVideo, "seedance-i2v", default);
        var error = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateModelVideosAsync(new ModelVideoRequest
        {
            Model = model, ImageUrl = new Uri("https://x.test/a.png"), Prompt = "p", Resolution = "720p", LengthSeconds = 10, Count = 3,
        }, default));

        Assert.Equal(150, estimate);
        Assert.Null(await client.EstimateCreditsAsync(AkoolVideoKind.ImageToVideo, "fast-i2v", null, null, 1, default));
        Assert.Equal("Akool.InsufficientCredit", error.ErrorId);
        Assert.Contains("150", error.Message);
        Assert.DoesNotContain(handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/batch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABatchSendsTheModelsFieldsAndEachEntryBecomesAJobOrAnError()
    {
        var handler = new FakeHandler().ThenJson(Models).ThenJson("""{"code":1000,"data":{"credit":1000}}""").ThenJson("""
            {"code":1000,"data":{
              "successList":[{"_id":"v1","status":1,"deduction_credit":15},{"_id":"v2","status":1}],
              "errorList":[{"index":2,"code":1015,"msg":"busy"},"garbage",{"code":"x"}]}}
            """);
        using var client = TestClients.WithFake(handler);
        var model = await client.FindModelAsync(AkoolVideoKind.ImageToVideo, "SEEDANCE-I2V", default);

        var outcomes = await client.CreateModelVideosAsync(new ModelVideoRequest
        {
            Model = model, ImageUrl = new Uri("https://x.test/a.png"), Prompt = "p", LastImageUrl = new Uri("https://x.test/z.png"), Count = 5,
            WebhookUrl = new Uri("https://hooks.test/a"),
        }, default);

        var body = JsonDocument.Parse(handler.Requests.Last().Body!).RootElement;
        Assert.Equal("/api/open/v4/image2Video/createBySourcePrompt/batch", handler.Requests.Last().Uri.AbsolutePath);
        Assert.Equal(("seedance-i2v", "480p", 5, 5, "https://x.test/z.png", "https://hooks.test/a"), (body.GetProperty("model_name").GetString(), body.GetProperty("resolution").GetString(),
            body.GetProperty("video_length").GetInt32(), body.GetProperty("count").GetInt32(), body.GetProperty("last_image_url").GetString(), body.GetProperty("webhookurl").GetString()));
        Assert.False(body.TryGetProperty("generate_audio", out _));
        Assert.Equal(new[] { "v1", "v2" }, outcomes.Where(o => o.Job is not null).Select(o => o.Job!.Id));
        Assert.All(outcomes.Where(o => o.Job is not null), o => Assert.Equal(new Uri("https://x.test/a.png"), o.Job!.SourceUrl));
        var errors = outcomes.Where(o => o.Error is not null).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(("seedance-i2v video 3 of 5", "Akool.1015"), (errors[0].Label, errors[0].Error!.ErrorId));
        Assert.All(errors, e => Assert.IsType<AkoolApiException>(e.Error));
    }

    [Fact]
    public async Task TextToVideoGoesToItsOwnCallAndIsTrackedWithResultsByIds()
    {
        var handler = new FakeHandler().ThenJson(Models).ThenJson("""{"code":1000,"data":{"credit":1000}}""")
            .ThenJson("""{"code":1000,"data":{"successList":[{"_id":"t1","status":1}],"errorList":[]}}""")
            .ThenJson("""{"code":1000,"data":{"result":[{"_id":"t1","status":3,"video_url":"https://cdn.test/t1.mp4"}]}}""");
        using var client = TestClients.WithFake(handler);
        var model = await client.FindModelAsync(AkoolVideoKind.TextToVideo, "text-model", default);

        var job = (await client.CreateModelVideosAsync(new ModelVideoRequest { Kind = AkoolVideoKind.TextToVideo, Model = model, Prompt = "a fox", ExtendPrompt = true }, default)).Single().Job!;
        var done = await client.GetOneAsync(job.Id, AkoolVideoKind.TextToVideo, default);

        Assert.Equal("/api/open/v4/text2Video/createByPrompt/batch", handler.Requests.ElementAt(2).Uri.AbsolutePath);
        Assert.DoesNotContain("image_url", handler.Requests.ElementAt(2).Body);
        Assert.Equal((AkoolVideoKind.TextToVideo, AkoolVideoStatus.Completed), (done.Kind, done.Status));
        Assert.Equal("/api/open/v4/image2Video/resultsByIds", handler.Requests.Last().Uri.AbsolutePath);
    }

    [Fact]
    public async Task AnImageIsCreatedAndTrackedByImageInfoAndAButtonNamesIt()
    {
        var handler = new FakeHandler()
            .ThenJson("""{"code":1000,"data":{"_id":"im1","image_status":1}}""")
            .ThenJson("""{"code":1000,"data":{"_id":"im1","image_status":3,"image":"https://cdn.test/im1.png"}}""")
            .ThenJson("""{"code":1000,"data":{"_id":"im2","image_status":1,"image_content_model_id":"im1","op_button":"U2"}}""");
        using var client = TestClients.WithFake(handler);

        var job = await client.CreateImageAsync(new ImageRequest { Prompt = "a cat", AspectRatio = "16:9" }, default);
        var done = await client.GetOneAsync(job.Id, AkoolVideoKind.Image, default);
        var upscale = await client.CreateImageByButtonAsync(new ImageButtonRequest { ImageId = "im1", Button = "u2" }, default);

        Assert.Equal("""{"prompt":"a cat","scale":"16:9"}""", handler.Requests.First().Body);
        Assert.Equal("image_model_id=im1", handler.Requests.ElementAt(1).Uri.Query.TrimStart('?'));
        Assert.Equal((AkoolVideoKind.Image, new Uri("https://cdn.test/im1.png")), (done.Kind, done.ResultUrl));
        Assert.Equal("""{"_id":"im1","button":"U2"}""", handler.Requests.Last().Body);
        Assert.Equal(AkoolVideoKind.Image, upscale.Kind);
        Assert.Throws<AkoolValidationException>(() => GenerationChecks.Check(new ImageButtonRequest { ImageId = "v1", Button = "U1", SourceKind = AkoolVideoKind.ImageToVideo }));
        Assert.Throws<AkoolValidationException>(() => GenerationChecks.Check(new ImageButtonRequest { ImageId = "im1", Button = "U1", SourceStatus = AkoolVideoStatus.Processing }));
        Assert.Throws<AkoolValidationException>(() => GenerationChecks.Check(new ImageRequest { Prompt = "p", AspectRatio = "5:4" }));
    }

    [Fact]
    public async Task DeletesFollowTheTableAndOnlyWhatAkoolSaysItDeletedCounts()
    {
        var handler = new FakeHandler()
            .ThenJson("""{"code":1000,"data":{"successIds":["a","zzz"],"noPermissionItems":[{"_id":"b","msg":"processing"},{"_id":"nope"}]}}""")
            .ThenJson("""{"code":1000,"msg":"OK"}""");
        using var client = TestClients.WithFake(handler);

        var outcomes = await client.DeleteResultsAsync(new[]
        {
            new VideoJobRef("a", AkoolVideoKind.ImageToVideo), new VideoJobRef("b", AkoolVideoKind.TextToVideo),
            new VideoJobRef("c", AkoolVideoKind.ImageToVideo), new VideoJobRef("f", AkoolVideoKind.FaceSwap),
        }, default);

        Assert.Equal("""{"_ids":"a,b,c"}""", handler.Requests.First().Body);
        Assert.Equal("/api/open/v3/faceswap/result/delbyids", handler.Requests.Last().Uri.AbsolutePath);
        Assert.Equal(new[] { ("a", true), ("b", false), ("c", false), ("f", true) }, outcomes.Select(o => (o.Id, o.Deleted)));
        Assert.Equal("processing", outcomes[1].Reason);
        var refused = await Assert.ThrowsAsync<AkoolValidationException>(() => client.DeleteResultsAsync(new[] { new VideoJobRef("t", AkoolVideoKind.Translation) }, default));
        Assert.Contains("Translation", refused.Message);
        Assert.Equal(2, handler.Requests.Count);
    }
}
