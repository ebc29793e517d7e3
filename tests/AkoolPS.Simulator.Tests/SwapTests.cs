using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>Face detection, Face Swap Plus, character swap and head swap, as the official pages describe them.</summary>
public sealed class SwapTests
{
    private const string DetectPath = "/interface/detect-api/detect_faces";
    private const string FaceSwapPath = "/api/open/v4/faceswap/faceswapPlusByImage";
    private const string ListPath = "/api/open/v3/faceswap/result/listbyids";
    private const string DeletePath = "/api/open/v3/faceswap/result/delbyids";
    private const string CharacterPath = "/api/open/v4/characterSwap/create";
    private const string AnalyzePath = "/api/open/v4/headswap/analyze";
    private const string AnalysisPath = "/api/open/v4/headswap/analyze/detail";
    private const string HeadTaskPath = "/api/open/v4/headswap/task/create";
    private const string HeadDetailPath = "/api/open/v4/headswap/task/detail";
    private const string Photo = "https://example.com/group.jpg";
    private const string Face = "https://example.com/new-face.jpg";
    private const string Video = "https://example.com/clip.mp4";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Detection_answers_crops_whose_region_contains_the_face_and_is_stable()
    {
        await using var sim = await TestSimulator.StartAsync();

        var first = await sim.PostAsync(DetectPath, new { url = Photo, return_face_url = true });
        var again = await sim.PostAsync(DetectPath, new { url = Photo, return_face_url = true });

        Assert.Equal((0, "SUCCESS"), (first.GetProperty("error_code").GetInt32(), first.GetProperty("error_msg").GetString()));
        Assert.Equal(first.GetRawText(), again.GetRawText());
        var frame = Assert.Single(first.GetProperty("faces_obj").EnumerateObject()).Value;
        JsonAssert.HasFields(frame, "landmarks", "landmarks_str", "region", "removed", "frame_time", "face_urls", "crop_region", "crop_landmarks");
        var regions = frame.GetProperty("region").EnumerateArray().ToList();
        var crops = frame.GetProperty("crop_region").EnumerateArray().ToList();
        Assert.InRange(regions.Count, 1, 3);
        Assert.Equal(regions.Count, crops.Count);
        for (var i = 0; i < regions.Count; i++)
        {
            int[] r = [.. regions[i].EnumerateArray().Select(v => v.GetInt32())], c = [.. crops[i].EnumerateArray().Select(v => v.GetInt32())];
            Assert.True(c[0] <= r[0] && c[1] <= r[1] && c[0] + c[2] >= r[0] + r[2] && c[1] + c[3] >= r[1] + r[3], "the crop holds the face");
        }

        var crop = await sim.Http.GetByteArrayAsync(frame.GetProperty("face_urls")[0].GetString());
        Assert.Equal(PngSignature, crop[..8]);
        Assert.Equal(JsonValueKind.Null, frame.GetProperty("frame_time").ValueKind);
    }

    [Fact]
    public async Task Detection_of_a_video_reports_frames_and_refuses_bad_bodies_in_its_own_envelope()
    {
        await using var sim = await TestSimulator.StartAsync();

        var video = await sim.PostAsync(DetectPath, new { url = Video, num_frames = 3 });
        var frames = video.GetProperty("faces_obj").EnumerateObject().ToList();
        Assert.Equal(["0", "30", "60"], frames.Select(f => f.Name));
        Assert.Equal(2.0, frames[2].Value.GetProperty("frame_time").GetDouble());
        Assert.Equal(JsonValueKind.Null, frames[0].Value.GetProperty("face_urls").ValueKind);

        var missing = await sim.PostAsync(DetectPath, new { num_frames = 3 });
        Assert.Equal((1, "Either 'url' or 'img' parameter must be provided"), (missing.GetProperty("error_code").GetInt32(), missing.GetProperty("error_msg").GetString()));
        Assert.Equal(1, (await sim.PostAsync(DetectPath, new { url = "https://example.com/noface.jpg" })).GetProperty("error_code").GetInt32());
        Assert.Equal(1, (await sim.PostAsync(DetectPath, new { url = Photo, num_frames = "5" })).GetProperty("error_code").GetInt32());
        Assert.Equal(1, (await sim.PostAsync(DetectPath, new { url = Photo, faces = 2 })).GetProperty("error_code").GetInt32());
        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, DetectPath, """{"url":"https://example.com/a.jpg"}""", apiKey: "wrong"), 1101);
        Assert.Equal([0, 1, 1, 1, 1, 1101], sim.State.GetJournal(DetectPath).Select(e => e.Code));
    }

    [Fact]
    public async Task An_image_face_swap_completes_with_a_png_and_a_video_one_with_an_mp4()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });

        var image = Kinds.Data(await sim.PostAsync(FaceSwapPath, new { source_url = Face, target_url = Photo, single_face_mode = true }));
        var video = Kinds.Data(await sim.PostAsync(FaceSwapPath, new { source_url = Face, target_url = Video, single_face_mode = true, model_style = "beautify" }));
        JsonAssert.HasFields(image, "_id", "job_id");

        var list = Kinds.Data(await sim.GetAsync($"{ListPath}?_ids={image.GetProperty("_id").GetString()},{video.GetProperty("_id").GetString()},000000000000000000000000"));
        var results = list.GetProperty("result").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(3, r.GetProperty("faceswap_status").GetInt32()));
        var png = await sim.Http.GetByteArrayAsync(results[0].GetProperty("url").GetString());
        Assert.Equal(PngSignature, png[..8]);
        Assert.EndsWith(".mp4", results[1].GetProperty("url").GetString(), StringComparison.Ordinal);
        var mp4 = await sim.Http.GetByteArrayAsync(results[1].GetProperty("url").GetString());
        Assert.Equal("ftyp"u8.ToArray(), mp4[4..8]);
    }

    [Fact]
    public async Task A_multi_face_swap_takes_crops_without_boxes_and_whole_images_only_with_them()
    {
        await using var sim = await TestSimulator.StartAsync();
        var detected = await sim.PostAsync(DetectPath, new { url = Photo, return_face_url = true });
        var crop = detected.GetProperty("faces_obj").GetProperty("0").GetProperty("face_urls")[0].GetString()!;

        var ok = await sim.PostAsync(FaceSwapPath, new
        {
            source_url = Face,
            target_url = Photo,
            face_mapping = new object[]
            {
                new { source_face_info = new { face_url = Face, bbox = new[] { 10, 20, 110, 140 } }, target_face_info = new { face_url = crop } },
            },
        });
        Assert.Equal(1000, JsonAssert.Code(ok));

        JsonAssert.Error(await sim.PostAsync(FaceSwapPath, new { source_url = Face, target_url = Photo }), 1003, "face_mapping is required");
        JsonAssert.Error(await sim.PostAsync(FaceSwapPath, new
        {
            source_url = Face, target_url = Photo,
            face_mapping = new object[] { new { source_face_info = new { face_url = Face }, target_face_info = new { face_url = crop } } },
        }), 1003, "face_mapping[0].source_face_info.bbox is required");
        JsonAssert.Error(await sim.PostAsync(FaceSwapPath, new
        {
            source_url = Face, target_url = Photo,
            face_mapping = new object[] { new { source_face_info = new { face_url = crop } } },
        }), 1003, "face_mapping[0].target_face_info is required");
        JsonAssert.Error(await sim.PostAsync(FaceSwapPath, new
        {
            source_url = Face, target_url = Photo,
            face_mapping = new object[] { new { source_face_info = new { face_url = Face, bbox = new[] { 50, 20, 10, 140 } }, target_face_info = new { face_url = crop } } },
        }), 1003, "x2 > x1");
        JsonAssert.Error(await sim.PostAsync(FaceSwapPath, new { source_url = Face, target_url = Photo, single_face_mode = true, model_style = "cartoon" }), 1003, "model_style");
        JsonAssert.Error(await sim.PostAsync(FaceSwapPath, new { source_url = Face, target_url = Photo, single_face_mode = "yes" }), 1003, "single_face_mode must be a boolean");
        JsonAssert.Error(await sim.PostAsync(FaceSwapPath, new { source_url = Face, target_url = Photo, single_face_mode = true, face_url = Face }), 1003, "Unknown parameter 'face_url'");
        Assert.Single(sim.State.GetJobs());
    }

    [Fact]
    public async Task Deleting_face_swaps_removes_them_from_the_listing()
    {
        await using var sim = await TestSimulator.StartAsync();
        var id = Kinds.Data(await sim.PostAsync(FaceSwapPath, new { source_url = Face, target_url = Photo, single_face_mode = true })).GetProperty("_id").GetString();

        Assert.Equal(1000, JsonAssert.Code(await sim.PostAsync(DeletePath, new { _ids = id })));

        Assert.Empty(Kinds.Data(await sim.GetAsync($"{ListPath}?_ids={id}")).GetProperty("result").EnumerateArray());
        JsonAssert.Error(await sim.PostAsync(DeletePath, new { _ids = new[] { id } }), 1003, "not an array");
    }

    [Fact]
    public async Task A_character_swap_is_charged_per_started_5_seconds_and_read_with_infobymodelid()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        var before = await sim.CreditAsync();

        var data = Kinds.Data(await sim.PostAsync(CharacterPath, new { image = Face, video = Video, duration = 12, resolution = "720p", mode = "replace", prompt = "wave", webhookurl = "" }));

        JsonAssert.HasFields(data, "_id", "create_time", "uid", "team_id", "status", "video_duration", "deduction_credit", "resolution", "file_name",
            "image_url", "video_url", "prompt", "mode", "model_name", "webhookUrl");
        Assert.Equal((30, "wavespeed-ai/wan-2.2/animate"), (data.GetProperty("deduction_credit").GetInt32(), data.GetProperty("model_name").GetString()));
        Assert.Equal(before - 30, await sim.CreditAsync());
        var info = await sim.InfoAsync(data.GetProperty("_id").GetString()!);
        Assert.Equal(3, info.GetProperty("video_status").GetInt32());
        Assert.EndsWith("/video.mp4", info.GetProperty("video").GetString(), StringComparison.Ordinal);

        JsonAssert.Error(await sim.PostAsync(CharacterPath, new { image = Face, video = Video, duration = 121 }), 1003, "duration");
        JsonAssert.Error(await sim.PostAsync(CharacterPath, new { image = Face, video = Video, mode = "dance" }), 1003, "mode");
        JsonAssert.Error(await sim.PostAsync(CharacterPath, new { image = Face, video = Video, model_name = "nope" }), 1003, "model_name");
        JsonAssert.Error(await sim.PostAsync(CharacterPath, new { image = Face, video = Video, prompt = new string('a', 501) }), 1003, "prompt");
        JsonAssert.Error(await sim.PostAsync(CharacterPath, new { image = Face, video = Video, webhookUrl = "https://h.example.com" }), 1003, "Unknown parameter 'webhookUrl'");
    }

    [Fact]
    public async Task A_head_swap_needs_a_completed_analysis_of_the_same_video_and_at_most_five_mappings()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        JsonAssert.Error(await sim.PostAsync(HeadTaskPath, HeadTask(0)), 1003, "no completed analysis");

        var analysis = Kinds.Data(await sim.PostAsync(AnalyzePath, new { video_url = Video, type = "head" }));
        var detail = Kinds.Data(await sim.GetAsync($"{AnalysisPath}?_id={analysis.GetProperty("_id").GetString()}"));
        Assert.Equal(3, detail.GetProperty("status").GetInt32());
        var media = detail.GetProperty("analysis_result").GetProperty("media").EnumerateArray().ToList();
        Assert.InRange(media.Count, 1, 3);
        Assert.Equal(PngSignature, (await sim.Http.GetByteArrayAsync(media[0].GetProperty("img_url").GetString()))[..8]);

        JsonAssert.Error(await sim.PostAsync(HeadTaskPath, HeadTask(0, 1, 2, 3, 4, 5)), 1003, "Up to 5");
        JsonAssert.Error(await sim.PostAsync(HeadTaskPath, HeadTask(7)), 1003, "obj_id 7");
        JsonAssert.Error(await sim.PostAsync(AnalyzePath, new { video_url = Video, type = "face" }), 1003, "type");
        JsonAssert.Error(await sim.GetAsync($"{HeadDetailPath}?_id=000000000000000000000000"), 1014);

        var task = Kinds.Data(await sim.PostAsync(HeadTaskPath, HeadTask(0)));
        JsonAssert.HasFields(task, "_id", "create_time", "video_duration", "task_id", "resolution", "status", "deduction_lock_duration", "model_name", "file_name", "video_url");
        var done = Kinds.Data(await sim.GetAsync($"{HeadDetailPath}?_id={task.GetProperty("_id").GetString()}"));
        Assert.Equal((3, Video), (done.GetProperty("status").GetInt32(), done.GetProperty("source_video_url").GetString()));
        Assert.Equal("ftyp"u8.ToArray(), (await sim.Http.GetByteArrayAsync(done.GetProperty("video_url").GetString()))[4..8]);
    }

    [Fact]
    public async Task A_failed_head_swap_reports_akools_code_2001()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        await sim.PostAsync(AnalyzePath, new { video_url = Video, type = "head" });
        sim.State.PlanNextJobs(new JobPlan { Fail = new JobFailure { AtProgress = 0 } });

        var task = Kinds.Data(await sim.PostAsync(HeadTaskPath, HeadTask(0)));
        var detail = Kinds.Data(await sim.GetAsync($"{HeadDetailPath}?_id={task.GetProperty("_id").GetString()}"));

        Assert.Equal((4, 2001), (detail.GetProperty("status").GetInt32(), detail.GetProperty("error_code").GetInt32()));
    }

    [Fact]
    public void The_swap_kinds_have_webhook_types()
    {
        Assert.Equal("faceswap", WebhookMessage.TypeOf(JobKind.FaceSwap));
        Assert.Equal("character swap", WebhookMessage.TypeOf(JobKind.CharacterSwap));
        Assert.Equal("head swap", WebhookMessage.TypeOf(JobKind.HeadSwap));
    }

    private static object HeadTask(params int[] ids) => new
    {
        video_url = Video,
        mappings = ids.Select(id => new { obj_id = id, img_url = Face }).ToArray(),
        model_name = "akool-premium",
        resolution = "720p",
    };
}
