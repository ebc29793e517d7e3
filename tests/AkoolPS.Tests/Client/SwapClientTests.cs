using System.Text.Json;
using AkoolPS.Client;
using AkoolPS.Client.Auth;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Jobs;
using AkoolPS.Client.Models;
using AkoolPS.Simulator;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>Face detection, face swap, character swap and head swap through the client: against the simulator, and against hostile answers.</summary>
public sealed class SwapClientTests : SimulatorClientTestBase
{
    private const string DetectPath = "/interface/detect-api/detect_faces";
    private const string FaceSwapPath = "/api/open/v4/faceswap/faceswapPlusByImage";
    private const string HeadTaskPath = "/api/open/v4/headswap/task/create";
    private static readonly Uri Photo = new("https://example.com/group.jpg");
    private static readonly Uri NewFace = new("https://example.com/new-face.jpg");
    private static readonly Uri Clip = new("https://example.com/clip.mp4");

    [Fact]
    public async Task CropRegionXYWidthHeightBecomesABoxOfCorners()
    {
        var handler = new FakeHandler().ThenJson("""
            {"error_code":0,"error_msg":"SUCCESS","faces_obj":{"0":{
              "landmarks":[[[120,85],[180,88],[150,130],[150,165],[125,165],[175,168]]],
              "landmarks_str":["120,85:180,88:150,130:150,165"],
              "region":[[80,50,150,180]],"removed":[],"frame_time":null,
              "face_urls":["https://s3.test/faces/face_detect_0.jpg"],
              "crop_region":[[30,0,250,280]],"crop_landmarks":["90,85:150,88:120,130:120,165"]}}}
            """);
        using var fake = TestClients.WithFake(handler);

        var face = Assert.Single(await fake.FindFacesAsync(Photo, null, default));

        Assert.Equal(new FaceBox(30, 0, 280, 280), face.Box);
        Assert.Equal(new FaceBox(80, 50, 230, 230), face.Region);
        Assert.Equal(new Uri("https://s3.test/faces/face_detect_0.jpg"), face.FaceUrl);
        Assert.Equal("120,85:180,88:150,130:150,165", face.Landmarks);
        Assert.Null(face.Time);
        var body = JsonDocument.Parse(handler.Requests.Single().Body!).RootElement;
        Assert.True(body.GetProperty("return_face_url").GetBoolean());
        Assert.Equal(DetectPath, handler.Requests.Single().Uri.AbsolutePath);
    }

    [Fact]
    public async Task HostileDetectionAnswersLoseOnlyWhatIsBroken()
    {
        var handler = new FakeHandler().ThenJson("""
            {"error_code":0,"error_msg":"SUCCESS","faces_obj":{
              "x":{"region":[[1,1,5,5]]},
              "7":{"region":[[10,10,-5,20],[10,10,20],"a",[1e308,0,5,5],[5,6,7,8]],
                   "face_urls":["file:///etc/passwd","javascript:alert(1)",null,"https://ok.test/c.png","ftp://x.test/f.png"],
                   "crop_region":[[0,0,1,1],[0,0,1,1],[0,0,1,1],[0,0,1,1],[0,0,-1,9]],
                   "frame_time":-3}}}
            """).ThenJson("""{"error_code":0,"error_msg":"SUCCESS"}""");
        using var fake = TestClients.WithFake(handler);

        var face = Assert.Single(await fake.FindFacesAsync(Photo, null, default));
        Assert.Equal((7, 4, null), (face.Frame, face.Index, face.FaceUrl));
        Assert.Null(face.Box);
        Assert.Null(face.Time);
        Assert.Equal(new FaceBox(5, 6, 12, 14), face.Region);

        await Assert.ThrowsAsync<AkoolResponseException>(() => fake.FindFacesAsync(Photo, null, default));
    }

    [Fact]
    public async Task NoFaceIsAnEmptyListAndOtherDetectionErrorsAreErrors()
    {
        Assert.Empty(await client.FindFacesAsync(new Uri("https://example.com/noface.jpg"), null, default));
        var video = await client.FindFacesAsync(Clip, 2, default);
        Assert.Equal(new[] { 0, 30 }, video.Select(f => f.Frame).Distinct());
        Assert.Equal(TimeSpan.FromSeconds(1), video.Last().Time);

        var handler = new FakeHandler().ThenJson("""{"error_code":1,"error_msg":"Failed to download media","faces_obj":{}}""");
        using var fake = TestClients.WithFake(handler);
        var error = await Assert.ThrowsAsync<AkoolApiException>(() => fake.FindFacesAsync(Photo, null, default));
        Assert.Equal("Failed to download media", error.AkoolMessage);
    }

    [Fact]
    public async Task AFaceSwapBuiltFromDetectedFacesSendsCropsWithoutBoxesAndSavesAsAnImage()
    {
        var source = (await client.FindFacesAsync(NewFace, null, default))[0];
        var targets = await client.FindFacesAsync(Photo, null, default);
        var request = new FaceSwapRequest
        {
            TargetUrl = Photo,
            Map = targets.Select(t => new FaceSwapPair(new SwapFace(source.FaceUrl!), new SwapFace(t.FaceUrl!))).ToList(),
        };

        var job = await client.CreateFaceSwapAsync(request, default);
        var done = await client.GetOneAsync(job.Id, AkoolVideoKind.FaceSwap, default);

        Assert.Equal((AkoolVideoKind.FaceSwap, AkoolVideoStatus.Queued), (job.Kind, job.Status));
        Assert.Equal(AkoolVideoStatus.Completed, done.Status);
        Assert.EndsWith(".png", done.ResultUrl!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(AkoolResultMedia.ImageOrVideo, done.Media);
        var body = JsonDocument.Parse(Assert.Single(sim.State.GetJournal(FaceSwapPath)).Body!).RootElement;
        Assert.False(body.GetProperty("single_face_mode").GetBoolean());
        Assert.Equal(source.FaceUrl!.AbsoluteUri, body.GetProperty("source_url").GetString());
        Assert.Equal(targets.Count, body.GetProperty("face_mapping").GetArrayLength());
        Assert.False(body.GetProperty("face_mapping")[0].GetProperty("source_face_info").TryGetProperty("bbox", out _));
    }

    [Fact]
    public async Task AWholeImageGoesWithItsBoxAndIsRefusedWithoutOne()
    {
        var target = (await client.FindFacesAsync(Photo, null, default))[0];
        var box = new FaceSwapPair(new SwapFace(NewFace, new FaceBox(10, 20, 110, 160), WholeImage: true), new SwapFace(target.FaceUrl!));

        await client.CreateFaceSwapAsync(new FaceSwapRequest { TargetUrl = Photo, Map = new[] { box } }, default);
        var sent = JsonDocument.Parse(sim.State.GetJournal(FaceSwapPath).Single().Body!).RootElement;
        Assert.Equal(new[] { 10.0, 20, 110, 160 }, sent.GetProperty("face_mapping")[0].GetProperty("source_face_info").GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));

        var noBox = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateFaceSwapAsync(new FaceSwapRequest
        {
            TargetUrl = Photo,
            Map = new[] { new FaceSwapPair(new SwapFace(NewFace, WholeImage: true), new SwapFace(target.FaceUrl!)) },
        }, default));
        var noTarget = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateFaceSwapAsync(new FaceSwapRequest
        {
            FaceUrl = NewFace,
            TargetUrl = Photo,
            Map = new[] { new FaceSwapPair(new SwapFace(NewFace), null) },
        }, default));
        var badBox = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateFaceSwapAsync(new FaceSwapRequest
        {
            TargetUrl = Photo,
            Map = new[] { new FaceSwapPair(new SwapFace(NewFace, new FaceBox(50, 20, 10, 160), WholeImage: true), new SwapFace(target.FaceUrl!)) },
        }, default));

        Assert.Equal(("Akool.BoxRequired", "Akool.TargetFaceRequired", "Akool.InvalidBox"), (noBox.ErrorId, noTarget.ErrorId, badBox.ErrorId));
        Assert.Single(sim.State.GetJournal(FaceSwapPath));
    }

    [Fact]
    public async Task FaceSwapsAreReadManyInOneCallAndAVideoTargetGivesAVideo()
    {
        var ids = new List<string>();
        foreach (var target in new[] { Photo, Clip, new Uri("https://example.com/other.png") })
        {
            ids.Add((await client.CreateFaceSwapAsync(new FaceSwapRequest { FaceUrl = NewFace, TargetUrl = target, Style = "lossless" }, default)).Id);
        }

        var results = await client.GetVideosAsync(ids.Select(id => new VideoJobRef(id, AkoolVideoKind.FaceSwap)).ToList(), default);

        Assert.All(results, r => Assert.Equal(AkoolVideoStatus.Completed, r.Job!.Status));
        Assert.EndsWith(".mp4", results[1].Job!.ResultUrl!.AbsolutePath, StringComparison.Ordinal);
        Assert.Single(sim.State.GetJournal("/api/open/v3/faceswap/result/listbyids"));
        Assert.All(sim.State.GetJournal(FaceSwapPath), e => Assert.Contains("\"single_face_mode\":true", e.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACharacterSwapIsReadWithInfoByModelIdAndItsFailReasonIsKept()
    {
        var job = await client.CreateCharacterSwapAsync(new CharacterSwapRequest { ImageUrl = NewFace, VideoUrl = Clip, Mode = "Replace", DurationSeconds = 7, Resolution = "480p" }, default);
        var done = await client.GetOneAsync(job.Id, AkoolVideoKind.CharacterSwap, default);
        Assert.Equal(AkoolVideoStatus.Completed, done.Status);
        Assert.Equal(AkoolResultMedia.Video, done.Media);
        Assert.Contains("\"mode\":\"replace\"", sim.State.GetJournal("/api/open/v4/characterSwap/create").Single().Body, StringComparison.Ordinal);

        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"689174694b4dbdd4ab3d28c9","video_status":4,"faceswap_fail_reason":"Failed to process the video."}}""");
        using var fake = TestClients.WithFake(handler);
        var failed = await fake.GetOneAsync("689174694b4dbdd4ab3d28c9", AkoolVideoKind.CharacterSwap, default);
        Assert.Equal((AkoolVideoStatus.Failed, "Failed to process the video."), (failed.Status, failed.ErrorReason));

        await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateCharacterSwapAsync(new CharacterSwapRequest { ImageUrl = NewFace, VideoUrl = Clip, DurationSeconds = 121 }, default));
        Assert.Single(sim.State.GetJournal("/api/open/v4/characterSwap/create"));
    }

    [Fact]
    public async Task AHeadSwapAnalysesFirstAndRefusesSixHeadsOrAnUnknownHeadBeforeAnyRequest()
    {
        var six = new HeadSwapRequest { VideoUrl = Clip, Swaps = Enumerable.Range(0, 6).Select(i => new KeyValuePair<int, Uri>(i, NewFace)).ToList() };
        var tooMany = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateHeadSwapAsync(six, default));
        Assert.Equal("Akool.TooManySwaps", tooMany.ErrorId);

        var analysis = await client.AnalyzeHeadsAsync(Clip, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50), default);
        Assert.NotEmpty(analysis.Heads);
        Assert.All(analysis.Heads, h => Assert.Equal(Clip, h.VideoUrl));
        var unknown = new HeadSwapRequest { VideoUrl = Clip, Swaps = new[] { new KeyValuePair<int, Uri>(analysis.Heads.Count, NewFace) } };
        Assert.Equal("Akool.UnknownHead", (await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateHeadSwapAsync(unknown, default))).ErrorId);
        Assert.Empty(sim.State.GetJournal(HeadTaskPath));

        var job = await client.CreateHeadSwapAsync(new HeadSwapRequest { VideoUrl = Clip, Swaps = new[] { new KeyValuePair<int, Uri>(0, NewFace) } }, default);
        var done = await client.GetOneAsync(job.Id, AkoolVideoKind.HeadSwap, default);
        Assert.Equal((AkoolVideoStatus.Completed, Clip), (done.Status, done.SourceUrl));
        var body = JsonDocument.Parse(sim.State.GetJournal(HeadTaskPath).Single().Body!).RootElement;
        Assert.Equal(("akool-premium", "720p"), (body.GetProperty("model_name").GetString(), body.GetProperty("resolution").GetString()));
        Assert.Single(sim.State.GetJournal("/api/open/v4/headswap/analyze"));
    }

    [Fact]
    public async Task AFailedHeadSwapCarriesAkoolsCode2001AndAFailedAnalysisIsAnError()
    {
        sim.State.PlanNextJobs(new JobPlan { Fail = new JobFailure { AtProgress = 0, ErrorReason = "no person" } });
        var failed = await Assert.ThrowsAsync<AkoolHeadAnalysisException>(() => client.AnalyzeHeadsAsync(Clip, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50), default));
        Assert.Equal("Akool.HeadAnalysisFailed", failed.ErrorId);
        Assert.Contains("no person", failed.Message, StringComparison.Ordinal);

        await client.AnalyzeHeadsAsync(Clip, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50), default);
        sim.State.PlanNextJobs(new JobPlan { Fail = new JobFailure { AtProgress = 0 } });
        var job = await client.CreateHeadSwapAsync(new HeadSwapRequest { VideoUrl = Clip, Swaps = new[] { new KeyValuePair<int, Uri>(0, NewFace) } }, default);
        var read = await client.GetOneAsync(job.Id, AkoolVideoKind.HeadSwap, default);

        Assert.Equal((AkoolVideoStatus.Failed, 2001L), (read.Status, read.ErrorCode));
    }

    [Fact]
    public async Task HostileAnalysisAnswersKeepOnlyHeadsThatCanBeMapped()
    {
        var handler = new FakeHandler()
            .ThenJson("""{"code":1000,"msg":"Analyze success","data":{"_id":"6a066d03625746c797390f55","status":1}}""")
            .ThenJson("""
                {"code":1000,"msg":"OK","data":{"_id":"6a066d03625746c797390f55","status":"3","progress":250,
                 "analysis_result":{"media":[
                   {"obj_id":0,"img_url":"https://cdn.test/h0.png"},
                   {"obj_id":0,"img_url":"https://cdn.test/dup.png"},
                   {"obj_id":-1,"img_url":"https://cdn.test/neg.png"},
                   {"obj_id":1.5},
                   {"obj_id":"2","img_url":"javascript:alert(1)"},
                   "junk"]}}}
                """);
        using var fake = TestClients.WithFake(handler);

        var analysis = await fake.AnalyzeHeadsAsync(Clip, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(10), default);

        Assert.Equal(new[] { 0, 2 }, analysis.Heads.Select(h => h.ObjectId));
        Assert.Equal(new Uri("https://cdn.test/h0.png"), analysis.Heads[0].ImageUrl);
        Assert.Null(analysis.Heads[1].ImageUrl);
        Assert.Equal(100, analysis.Progress);
        Assert.Same(analysis, fake.KnownHeadAnalysis(Clip));
        Assert.Equal("head", JsonDocument.Parse(handler.Requests.First().Body!).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnAnalysisStillRunningAtTheDeadlineTimesOut()
    {
        sim.State.PlanNextJobs(new JobPlan { DurationMs = 600_000 });

        var slow = await Assert.ThrowsAsync<AkoolHeadAnalysisException>(() => client.AnalyzeHeadsAsync(Clip, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(50), default));

        Assert.Equal("Akool.HeadAnalysisTimedOut", slow.ErrorId);
    }

    [Fact]
    public async Task ACharacterSwapModelIsCheckedAgainstAkoolsListOnceAndAnUnknownOneIsNeverSent()
    {
        const string List = """
            {"code":1000,"msg":"OK","data":[
              {"type":2101,"value":"wavespeed-ai/wan-2.2/animate","label":"Animate"},
              {"type":1501,"value":"AkoolImage2VideoFastV1"},
              {"type":2101,"value":7},
              "junk"]}
            """;
        var handler = new FakeHandler().ThenJson(List)
            .ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"689174694b4dbdd4ab3d28c9","status":1}}""");
        using var fake = TestClients.WithFake(handler);

        var job = await fake.CreateCharacterSwapAsync(new CharacterSwapRequest { ImageUrl = NewFace, VideoUrl = Clip, Model = "wavespeed-ai/wan-2.2/animate" }, default);
        var unknown = await Assert.ThrowsAsync<AkoolValidationException>(() =>
            fake.CreateCharacterSwapAsync(new CharacterSwapRequest { ImageUrl = NewFace, VideoUrl = Clip, Model = "AkoolImage2VideoFastV1" }, default));

        Assert.Equal((AkoolVideoStatus.Queued, AkoolVideoKind.CharacterSwap), (job.Status, job.Kind));
        Assert.Equal("Akool.UnknownModel", unknown.ErrorId);
        Assert.Contains("wavespeed-ai/wan-2.2/animate", unknown.Message, StringComparison.Ordinal);
        var requests = handler.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("/api/open/v4/aigModel/list", requests[0].Uri.AbsolutePath);
        Assert.Contains("2101", requests[0].Uri.Query, StringComparison.Ordinal);
        Assert.Contains("\"model_name\":\"wavespeed-ai/wan-2.2/animate\"", requests[1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("faceswap", AkoolVideoKind.FaceSwap)]
    [InlineData("character swap", AkoolVideoKind.CharacterSwap)]
    [InlineData("head swap", AkoolVideoKind.HeadSwap)]
    public void WebhookTypesNameTheSwapKinds(string type, AkoolVideoKind kind) => Assert.Equal(kind, JobKinds.FromWebhookType(type));
}
