using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>The model list, effects, the batch calls (image and text to video), deletes and image generation.</summary>
public sealed class GenerationTests(ClockedSimulator shared) : IClassFixture<ClockedSimulator>
{
    private const string ModelsPath = "/api/open/v4/aigModel/list";
    private const string BatchPath = "/api/open/v4/image2Video/createBySourcePrompt/batch";
    private const string TextPath = "/api/open/v4/text2Video/createByPrompt/batch";
    private const string DeletePath = "/api/open/v4/image2Video/delbyids";
    private const string ImagePath = "/api/open/v3/content/image/createbyprompt";
    private const string ButtonPath = "/api/open/v3/content/image/createbybutton";
    private const string ImageInfoPath = "/api/open/v3/content/image/infobymodelid";

    [Fact]
    public async Task The_model_list_serves_the_types_asked_for_with_their_prices_and_features()
    {
        var sim = shared.Fresh();

        var images = (await sim.GetAsync(ModelsPath + "?types[]=1501")).GetProperty("data").EnumerateArray().ToList();
        var both = (await sim.GetAsync(ModelsPath + "?types[]=1501&types[]=1502")).GetProperty("data").EnumerateArray().ToList();
        var none = (await sim.GetAsync(ModelsPath + "?types[]=1999")).GetProperty("data").EnumerateArray().ToList();

        Assert.All(images, m => Assert.Equal(1501, m.GetProperty("type").GetInt32()));
        Assert.Contains(images, m => m.GetProperty("supportedLastFrame").GetBoolean());
        Assert.Contains(images, m => !m.GetProperty("supportedLastFrame").GetBoolean());
        Assert.Contains(images, m => m.GetProperty("generate_audio").ValueKind == JsonValueKind.True);
        var seedance = images.Single(m => m.GetProperty("value").GetString() == "seedance-1-0-lite-i2v-250428");
        JsonAssert.HasFields(seedance, "sort", "group", "provider", "label", "description", "resolutionList", "isPro", "durationList",
            "requiresPay", "supportedExtendPrompt", "maxImageCount", "maxCount");
        Assert.Equal(3, seedance.GetProperty("resolutionList")[0].GetProperty("unit_credit").GetInt32());
        Assert.True(both.Count > images.Count);
        Assert.Empty(none);
        JsonAssert.Error(await sim.GetAsync(ModelsPath), 1003, "types");
        JsonAssert.Error(await sim.GetAsync(ModelsPath + "?types[]=video"), 1003, "integers");
    }

    [Fact]
    public async Task The_effect_list_has_codes_names_and_previews()
    {
        var data = (await shared.Fresh().GetAsync("/api/open/v4/image2Video/effects")).GetProperty("data");

        var first = data.GetProperty("result")[0];
        JsonAssert.HasFields(first, "_id", "create_time", "logo", "name", "video_url", "effect_code");
        Assert.Equal(data.GetProperty("result").GetArrayLength(), data.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_batch_makes_count_jobs_priced_from_the_model_that_results_by_ids_reads()
    {
        var sim = shared.Fresh();
        var before = await sim.CreditAsync();

        var data = (await sim.PostAsync(BatchPath, ImageBatch(("count", 3), ("last_image_url", "https://example.com/last.png")))).GetProperty("data");

        var jobs = data.GetProperty("successList").EnumerateArray().ToList();
        Assert.Equal(3, jobs.Count);
        Assert.Empty(data.GetProperty("errorList").EnumerateArray());
        Assert.All(jobs, j => Assert.Equal((5 * 5, 3, "https://example.com/last.png"),
            (j.GetProperty("deduction_credit").GetInt32(), j.GetProperty("batch_count").GetInt32(), j.GetProperty("last_image_url").GetString())));
        Assert.Equal(before - 75, await sim.CreditAsync());
        var results = await sim.ResultsAsync([.. jobs.Select(j => j.GetProperty("_id").GetString()!)]);
        Assert.Equal(3, results.Count);
        Assert.Equal(JobKind.ImageToVideo, sim.State.GetJobs()[0].Kind);
    }

    [Theory]
    [InlineData("AkoolImage2VideoFastV1", "last_image_url", "https://example.com/last.png", "does not support last_image_url")]
    [InlineData("seedance-1-0-lite-i2v-250428", "resolution", "4k", "resolution must be one of: 480p, 720p, 1080p")]
    [InlineData("seedance-1-0-lite-i2v-250428", "video_length", 8, "video_length must be one of: 5, 10")]
    [InlineData("seedance-1-0-lite-i2v-250428", "generate_audio", true, "does not support generate_audio")]
    [InlineData("veo-3-fast-i2v", "count", 5, "at most 4 videos")]
    [InlineData("seedance-1-0-lite-i2v-250428", "count", 11, "count must be between 1 and 10")]
    [InlineData("no-such-model", "count", 1, "model_name no-such-model is not an image-to-video model")]
    public async Task A_batch_is_checked_against_its_model(string model, string field, object value, string message)
    {
        var sim = shared.Fresh();
        var body = ImageBatch((field, value));
        body["model_name"] = model;
        if (model == "veo-3-fast-i2v")
        {
            body["video_length"] = 8;
        }

        JsonAssert.Error(await sim.PostAsync(BatchPath, body), 1003, message);
        Assert.Empty(sim.State.GetJobs());
    }

    [Fact]
    public async Task A_planned_rejection_lands_in_the_error_list_and_costs_nothing()
    {
        var sim = shared.Fresh();
        sim.State.PlanNextJobs(new JobPlan());
        sim.State.PlanNextJobs(new JobPlan { Reject = new JobRejection { Code = 1015, Msg = "busy" } });
        var before = await sim.CreditAsync();

        var data = (await sim.PostAsync(BatchPath, ImageBatch(("count", 3)))).GetProperty("data");

        Assert.Equal(2, data.GetProperty("successList").GetArrayLength());
        var error = Assert.Single(data.GetProperty("errorList").EnumerateArray().ToList());
        Assert.Equal((1, 1015, "busy"), (error.GetProperty("index").GetInt32(), error.GetProperty("code").GetInt32(), error.GetProperty("msg").GetString()));
        Assert.Equal(before - 50, await sim.CreditAsync());
    }

    [Fact]
    public async Task Text_to_video_defaults_to_the_models_first_choices_and_is_read_by_results_by_ids()
    {
        var sim = shared.Fresh();

        var data = (await sim.PostAsync(TextPath, new Dictionary<string, object> { ["prompt"] = "A serene mountain lake", ["model_name"] = "MiniMax-Hailuo-02" })).GetProperty("data");

        var job = Assert.Single(data.GetProperty("successList").EnumerateArray().ToList());
        Assert.Equal(("768p", 48, "Text2Video_A serene mountain lake.mp4"),
            (job.GetProperty("resolution").GetString(), job.GetProperty("deduction_credit").GetInt32(), job.GetProperty("file_name").GetString()));
        Assert.False(job.TryGetProperty("image_url", out _));
        shared.Clock.AdvanceMs(ClockedSimulator.JobDurationMs);
        var result = Assert.Single(await sim.ResultsAsync(job.GetProperty("_id").GetString()!));
        Assert.Equal(3, result.GetProperty("status").GetInt32());
        Assert.EndsWith("/video.mp4", result.GetProperty("video_url").GetString());
        Assert.Equal(JobKind.TextToVideo, Assert.Single(sim.State.GetJobs()).Kind);
        JsonAssert.Error(await sim.PostAsync(TextPath, new { prompt = "x", extend_prompt = true, model_name = "MiniMax-Hailuo-02" }), 1003, "extend_prompt");
    }

    [Fact]
    public async Task Delete_removes_finished_results_and_reports_running_and_unknown_ids()
    {
        var sim = shared.Fresh();
        var done = (await sim.PostAsync(BatchPath, ImageBatch())).GetProperty("data").GetProperty("successList")[0].GetProperty("_id").GetString()!;
        shared.Clock.AdvanceMs(ClockedSimulator.JobDurationMs);
        var running = (await sim.PostAsync(BatchPath, ImageBatch())).GetProperty("data").GetProperty("successList")[0].GetProperty("_id").GetString()!;

        var data = (await sim.PostAsync(DeletePath, new { _ids = $"{done},{running},000000000000000000000000" })).GetProperty("data");

        Assert.Equal(done, Assert.Single(data.GetProperty("successIds").EnumerateArray().ToList()).GetString());
        var refused = data.GetProperty("noPermissionItems").EnumerateArray().ToList();
        Assert.Equal(2, refused.Count);
        Assert.Contains("processing", refused[0].GetProperty("msg").GetString());
        Assert.Empty(await sim.ResultsAsync(done));
    }

    [Fact]
    public async Task An_image_completes_with_buttons_and_an_upscale_of_it_has_none()
    {
        var sim = shared.Fresh();
        var created = (await sim.PostAsync(ImagePath, new { prompt = "a lighthouse", scale = "16:9" })).GetProperty("data");
        var id = created.GetProperty("_id").GetString()!;
        Assert.Equal(1, created.GetProperty("image_status").GetInt32());
        JsonAssert.Error(await sim.PostAsync(ButtonPath, new { _id = id, button = "U1" }), 1010);

        shared.Clock.AdvanceMs(ClockedSimulator.JobDurationMs);
        var info = (await sim.GetAsync($"{ImageInfoPath}?image_model_id={id}")).GetProperty("data");
        Assert.Equal(3, info.GetProperty("image_status").GetInt32());
        Assert.Equal(8, info.GetProperty("buttons").GetArrayLength());
        var png = await sim.Http.GetByteArrayAsync(info.GetProperty("image").GetString());
        Assert.Equal(0x89, png[0]);

        var upscale = (await sim.PostAsync(ButtonPath, new { _id = id, button = "U2" })).GetProperty("data");
        Assert.Equal((id, "U2"), (upscale.GetProperty("image_content_model_id").GetString(), upscale.GetProperty("op_button").GetString()));
        shared.Clock.AdvanceMs(ClockedSimulator.JobDurationMs);
        var upscaled = (await sim.GetAsync($"{ImageInfoPath}?image_model_id={upscale.GetProperty("_id").GetString()}")).GetProperty("data");
        Assert.Equal(0, upscaled.GetProperty("buttons").GetArrayLength());
        JsonAssert.Error(await sim.PostAsync(ButtonPath, new { _id = upscale.GetProperty("_id").GetString(), button = "V1" }), 1010);
        JsonAssert.Error(await sim.PostAsync(ButtonPath, new { _id = id, button = "X9" }), 1003, "button must be one of");
        JsonAssert.Error(await sim.PostAsync(ImagePath, new { prompt = "p", scale = "5:4" }), 1003, "scale must be one of");
        JsonAssert.Error(await sim.GetAsync($"{ImageInfoPath}?image_model_id=000000000000000000000000"), 1008);
    }

    private static Dictionary<string, object> ImageBatch(params (string Name, object Value)[] extra)
    {
        var body = new Dictionary<string, object>
        {
            ["image_url"] = "https://example.com/i.png",
            ["prompt"] = "Animate this image",
            ["model_name"] = "seedance-1-0-lite-i2v-250428",
            ["resolution"] = "720p",
            ["video_length"] = 5,
        };
        foreach (var (name, value) in extra)
        {
            body[name] = value;
        }

        return body;
    }
}
