namespace AkoolPS.Simulator.Tests;

public sealed class ImageToVideoTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    // The fields most cases keep valid, to be completed with the ones a case is about.
    private const string Valid = "\"image_url\":\"https://example.com/i.png\",\"negative_prompt\":\"\",\"resolution\":\"720p\",\"video_length\":5";

    [Fact]
    public async Task Create_answers_the_documented_record_and_takes_webhookurl_in_lower_case()
    {
        var sim = shared.Fresh();
        var body = Kinds.ImageVideoBody(resolution: "4k", videoLength: 10, audioType: 2, webhookurl: "https://hooks.example.com/i2v");
        body["audio_url"] = "https://example.com/music.mp3";
        body["effect_code"] = "squish_89244231312";
        body["extend_prompt"] = true;
        body["is_premium_model"] = true;

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.ImageVideoPath, body));

        JsonAssert.HasFields(data, "create_time", "uid", "team_id", "status", "webhookUrl", "resolution", "file_name", "effect_name", "_id",
            "image_url", "prompt", "negative_prompt", "extend_prompt", "audio_type", "audio_url", "deduction_credit", "effect_code");
        Assert.Equal((1, 60, "4k"), (data.GetProperty("status").GetInt32(), data.GetProperty("deduction_credit").GetInt32(), data.GetProperty("resolution").GetString()));
        Assert.Equal("https://hooks.example.com/i2v", data.GetProperty("webhookUrl").GetString());
        Assert.Equal(("Squish", "squish_89244231312"), (data.GetProperty("effect_name").GetString(), data.GetProperty("effect_code").GetString()));
        Assert.Equal("Image2Video_Animate this image with .mp4", data.GetProperty("file_name").GetString());
        Assert.Equal((2, "https://example.com/music.mp3"), (data.GetProperty("audio_type").GetInt32(), data.GetProperty("audio_url").GetString()));
        Assert.True(data.GetProperty("extend_prompt").GetBoolean());
        Assert.False(data.TryGetProperty("video_url", out _));
        Assert.Equal(JobKind.ImageToVideo, Assert.Single(sim.State.GetJobs()).Kind);
    }

    [Theory]
    [InlineData("720p", 5, 20)]
    [InlineData("720p", 10, 40)]
    [InlineData("1080p", 5, 25)]
    [InlineData("1080p", 10, 50)]
    [InlineData("4k", 5, 30)]
    [InlineData("4k", 10, 60)]
    public async Task Credits_follow_the_pricing_table(string resolution, int length, int credits)
    {
        var sim = shared.Fresh();
        var before = await sim.CreditAsync();

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.ImageVideoPath, Kinds.ImageVideoBody(resolution, length)));

        Assert.Equal(credits, data.GetProperty("deduction_credit").GetInt32());
        Assert.Equal(before - credits, await sim.CreditAsync());
    }

    [Fact]
    public async Task A_camel_case_webhookUrl_is_ignored_as_an_unknown_field()
    {
        var sim = shared.Fresh();
        var body = Kinds.ImageVideoBody(webhookurl: null);
        body.Remove("webhookurl");
        body["webhookUrl"] = "https://hooks.example.com/wrong-case";

        var data = Kinds.Data(await sim.PostAsync(TestSimulator.ImageVideoPath, body));

        Assert.Equal("", data.GetProperty("webhookUrl").GetString());
    }

    [Theory]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":3}""", "")]
    [InlineData("""{"prompt":"p","negative_prompt":"","resolution":"720p","audio_type":3,"video_length":5}""", "image_url is required")]
    [InlineData("""{"image_url":"still.png","prompt":"p","negative_prompt":"","resolution":"720p","audio_type":3,"video_length":5}""", "image_url must be an absolute")]
    [InlineData("{" + Valid + ""","audio_type":3}""", "prompt is required")]
    [InlineData("{" + Valid + ""","prompt":"  ","audio_type":3}""", "prompt cannot be empty unless effect_code is given")]
    [InlineData("{" + Valid + ""","prompt":"","effect_code":"cakeify_24743216","audio_type":3}""", "")]
    [InlineData("""{"image_url":"https://example.com/i.png","prompt":"p","resolution":"720p","audio_type":3,"video_length":5}""", "negative_prompt is required")]
    [InlineData("""{"image_url":"https://example.com/i.png","prompt":"p","negative_prompt":"","audio_type":3,"video_length":5}""", "resolution is required")]
    [InlineData("""{"image_url":"https://example.com/i.png","prompt":"p","negative_prompt":"","resolution":"480p","audio_type":3,"video_length":5}""", "resolution must be one of: 720p, 1080p, 4k (not 480p)")]
    [InlineData("""{"image_url":"https://example.com/i.png","prompt":"p","negative_prompt":"","resolution":"720P","audio_type":3,"video_length":5}""", "resolution must be one of")]
    [InlineData("{" + Valid + ""","prompt":"p"}""", "audio_type is required")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":4}""", "audio_type must be one of: 1, 2, 3 (not 4)")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":"3"}""", "audio_type must be an integer")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":2}""", "audio_url is required when audio_type is 2")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":2,"audio_url":""}""", "audio_url is required when audio_type is 2")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":2,"audio_url":"music.mp3"}""", "audio_url must be an absolute")]
    [InlineData("""{"image_url":"https://example.com/i.png","prompt":"p","negative_prompt":"","resolution":"720p","audio_type":3}""", "video_length is required")]
    [InlineData("""{"image_url":"https://example.com/i.png","prompt":"p","negative_prompt":"","resolution":"720p","audio_type":3,"video_length":7}""", "video_length must be one of: 5, 10 (not 7)")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":3,"extend_prompt":"yes"}""", "extend_prompt must be a boolean")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":3,"is_premium_model":1}""", "is_premium_model must be a boolean")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":3,"effect_code":7}""", "effect_code must be a string")]
    [InlineData("{" + Valid + ""","prompt":"p","audio_type":3,"webhookurl":"hooks"}""", "webhookurl must be an absolute")]
    public async Task Create_checks_each_field_per_the_official_table(string body, string msg)
    {
        // An empty msg marks a body that must be accepted (the edges of a rule, next to its failures).
        var sim = shared.Fresh();

        var answer = await sim.ApiAsync(HttpMethod.Post, TestSimulator.ImageVideoPath, body);

        if (msg.Length == 0)
        {
            Assert.Equal(1000, JsonAssert.Code(answer));
            return;
        }

        JsonAssert.Error(answer, 1003, msg);
        Assert.Empty(sim.State.GetJobs());
    }

    [Fact]
    public async Task ResultsByIds_answers_the_jobs_found_in_the_order_asked_and_skips_the_rest()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        var first = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);
        var second = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);
        const string Unknown = "0123456789abcdef01234567";

        var answer = await sim.PostAsync(TestSimulator.ResultsPath, new { _ids = $"{second}, {Unknown},{first},,{second}" });

        var results = answer.GetProperty("data").GetProperty("result").EnumerateArray().ToList();
        Assert.Equal([second, first], results.Select(r => r.GetProperty("_id").GetString()));
        var done = results[0];
        JsonAssert.HasFields(done, "_id", "create_time", "uid", "team_id", "update_time", "video_duration", "webhookUrl", "file_name", "effect_name",
            "image_url", "prompt", "resolution", "audio_type", "audio_url", "deduction_credit", "effect_code", "video_url", "status", "only_add_audio");
        Assert.Equal((3, false), (done.GetProperty("status").GetInt32(), done.GetProperty("only_add_audio").GetBoolean()));
        Assert.Equal($"{sim.Server.BaseUri}files/{second}/video.mp4", done.GetProperty("video_url").GetString());
        Assert.Equal(5.063, done.GetProperty("video_duration").GetDouble());
        Assert.False(done.TryGetProperty("error_code", out _));
        Assert.Empty(await sim.ResultsAsync(Unknown));
    }

    [Theory]
    [InlineData("""{"_ids":["a","b"]}""", "_ids must be one string of comma-separated ids")]
    [InlineData("""{}""", "_ids is required")]
    [InlineData("""{"_ids":""}""", "_ids cannot be empty")]
    [InlineData("""{"_ids":" , ,"}""", "_ids must list at least one id")]
    [InlineData("""{"_ids":42}""", "_ids must be a string")]
    public async Task ResultsByIds_wants_one_comma_separated_string(string body, string msg)
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.ResultsPath, body), 1003, msg);
    }

    [Fact]
    public async Task ResultsByIds_is_a_read_that_costs_nothing()
    {
        var sim = shared.Fresh();
        var id = await Kinds.CreateAsync(sim, Kinds.ImageToVideo);
        var credit = await sim.CreditAsync();

        await sim.ResultsAsync(id);
        await sim.ResultsAsync(id);

        Assert.Equal(credit, await sim.CreditAsync());
        Assert.Single(sim.State.GetJobs());
    }
}
