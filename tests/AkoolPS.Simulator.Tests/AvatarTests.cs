using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>The avatar list (paging, filters) and talkingavatar/create (the frame, the elements, infobymodelid, files, webhooks).</summary>
public sealed class AvatarTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string ListPath = "/api/open/v3/avatar/list";
    private const string CreatePath = "/api/open/v3/talkingavatar/create";
    private const string Audio = "https://example.com/speech.mp3";

    [Fact]
    public async Task The_list_pages_through_every_avatar_with_the_documented_fields()
    {
        var sim = shared.Fresh();

        var pages = new List<JsonElement>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(Data(await sim.GetAsync($"{ListPath}?page={page}&size=100")));
        }

        Assert.Equal([100, 100, 50, 0], pages.Select(p => p.GetArrayLength()));
        var all = pages.SelectMany(p => p.EnumerateArray()).ToList();
        Assert.Equal(all.Count, all.Select(a => a.GetProperty("avatar_id").GetString()).Distinct().Count());
        JsonAssert.HasFields(all[0], "_id", "type", "from", "status", "name", "avatar_id", "url", "gender", "thumbnailUrl", "create_time");
        Assert.Equal(100, Data(await sim.GetAsync(ListPath)).GetArrayLength());
    }

    [Fact]
    public async Task From_and_type_filter_the_list()
    {
        var sim = shared.Fresh();

        var uploads = Data(await sim.GetAsync($"{ListPath}?from=3")).EnumerateArray().ToList();
        var streaming = Data(await sim.GetAsync($"{ListPath}?type=2&size=100&page=1")).EnumerateArray().ToList();

        Assert.Equal(AvatarCatalogue.UploadedCount, uploads.Count);
        Assert.All(uploads, a => Assert.Equal(3, a.GetProperty("from").GetInt32()));
        Assert.NotEmpty(streaming);
        Assert.All(streaming, a => Assert.Equal(2, a.GetProperty("type").GetInt32()));
    }

    [Theory]
    [InlineData("from=1", "from must be 2")]
    [InlineData("type=3", "type must be 1")]
    [InlineData("size=101", "size must be between 1 and 100")]
    [InlineData("page=0", "page must be 1 or more")]
    [InlineData("page=two", "page must be an integer")]
    public async Task Bad_list_queries_are_parameter_errors(string query, string message)
    {
        JsonAssert.Error(await shared.Fresh().GetAsync($"{ListPath}?{query}"), 1003, message);
    }

    [Fact]
    public async Task A_talking_avatar_is_tracked_by_infobymodelid_and_saves_a_video()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0 });
        var avatarId = AvatarCatalogue.Filter(2, 1)[0].AvatarId;

        var created = Data(await sim.PostAsync(CreatePath, Body(2, AvatarElement(avatarId: avatarId), AudioElement(url: Audio))));

        JsonAssert.HasFields(created, "_id", "uid", "video_id", "task_id", "video_status", "video", "create_time");
        Assert.Equal((1, ""), (created.GetProperty("video_status").GetInt32(), created.GetProperty("video").GetString()));
        var info = await sim.InfoAsync(created.GetProperty("_id").GetString()!);
        Assert.Equal(3, info.GetProperty("video_status").GetInt32());
        var bytes = await sim.Http.GetByteArrayAsync(info.GetProperty("video").GetString());
        Assert.Equal(sim.State.Config.ResultSizeBytes, bytes.Length);
        Assert.Equal(JobKind.TalkingAvatar, Assert.Single(sim.State.GetJobs()).Kind);
    }

    [Fact]
    public async Task A_text_and_a_voice_an_uploaded_url_and_a_colour_background_are_accepted()
    {
        var sim = shared.Fresh();
        var background = new Dictionary<string, object?> { ["type"] = "image", ["url"] = "#112233", ["scale_x"] = 1, ["scale_y"] = 1, ["offset_x"] = 1920, ["offset_y"] = 1080, ["width"] = 3840, ["height"] = 2160 };

        var created = await sim.PostAsync(CreatePath, Body(3, background, AvatarElement(url: "https://example.com/me.mp4"), AudioElement(text: "Hello there.", voiceId: "6889b628662160e2caad5dbc")));

        Assert.Equal(1000, JsonAssert.Code(created));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { """{"width":1920,"height":2160,"avatar_from":2,"elements":[]}""", "width must be 3840" },
        { """{"width":3840,"height":2160,"avatar_from":1,"elements":[]}""", "avatar_from must be one of" },
        { """{"width":3840,"height":2160,"avatar_from":2}""", "elements is required" },
        { """{"width":3840,"height":2160,"avatar_from":2,"elements":[],"ratio":"16:9"}""", "ratio is not a field" },
        { """{"width":3840,"height":2160,"avatar_from":2,"elements":[{"type":"audio","url":"https://example.com/a.mp3"}]}""", "exactly one element of type avatar" },
        { """{"width":3840,"height":2160,"avatar_from":2,"elements":[{"type":"avatar","avatar_id":"nobody","scale_x":1,"scale_y":1,"offset_x":0,"offset_y":0}]}""", "is not one of Akool's avatars" },
        { """{"width":3840,"height":2160,"avatar_from":3,"elements":[{"type":"avatar","url":"https://example.com/me.gif","scale_x":1,"scale_y":1,"offset_x":0,"offset_y":0}]}""", "must be an image" },
        { """{"width":3840,"height":2160,"avatar_from":3,"elements":[{"type":"avatar","url":"https://example.com/me.png","scale_x":"1","scale_y":1,"offset_x":0,"offset_y":0}]}""", "elements[0].scale_x must be a number" },
        { """{"width":3840,"height":2160,"avatar_from":3,"elements":[{"type":"avatar","url":"https://example.com/me.png","scale_y":1,"offset_x":0,"offset_y":0}]}""", "elements[0].scale_x is required" },
        { """{"width":3840,"height":2160,"avatar_from":3,"elements":[{"type":"avatar","url":"https://example.com/me.png","scale_x":1,"scale_y":1,"offset_x":0,"offset_y":0},{"type":"audio","input_text":"Hi"}]}""", "both input_text and voice_id" },
        { """{"width":3840,"height":2160,"avatar_from":3,"elements":[{"type":"avatar","url":"https://example.com/me.png","scale_x":1,"scale_y":1,"offset_x":0,"offset_y":0}]}""", "exactly one element of type audio" },
        { """{"width":3840,"height":2160,"avatar_from":3,"elements":[{"type":"text"}]}""", "elements[0].type must be one of" },
        { """{"width":3840,"height":2160,"avatar_from":3,"elements":[{"type":"audio","url":"https://example.com/a.mp3","speed":1}]}""", "elements[0].speed is not a field" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Bodies_the_page_does_not_allow_are_parameter_errors_and_create_nothing(string body, string message)
    {
        var sim = shared.Fresh();

        var answer = await sim.ApiAsync(HttpMethod.Post, CreatePath, body);

        JsonAssert.Error(answer, 1003, message);
        Assert.Empty(sim.State.GetJobs());
    }

    private static JsonElement Data(JsonElement envelope) => Kinds.Data(envelope);

    private static Dictionary<string, object?> Body(int from, params Dictionary<string, object?>[] elements) => new()
    {
        ["width"] = 3840, ["height"] = 2160, ["avatar_from"] = from, ["elements"] = elements, ["webhookUrl"] = "",
    };

    private static Dictionary<string, object?> AvatarElement(string? avatarId = null, string? url = null)
    {
        var element = new Dictionary<string, object?> { ["type"] = "avatar", ["scale_x"] = 1, ["scale_y"] = 1, ["offset_x"] = 1920, ["offset_y"] = 1080, ["width"] = 2160, ["height"] = 2160 };
        if (avatarId is not null)
        {
            element["avatar_id"] = avatarId;
        }

        if (url is not null)
        {
            element["url"] = url;
        }

        return element;
    }

    private static Dictionary<string, object?> AudioElement(string? url = null, string? text = null, string? voiceId = null)
    {
        var element = new Dictionary<string, object?> { ["type"] = "audio" };
        if (url is not null)
        {
            element["url"] = url;
        }
        else
        {
            (element["input_text"], element["voice_id"]) = (text, voiceId);
        }

        return element;
    }
}

/// <summary>Webhooks of the two kinds: "avatar" with the video for a talking avatar; no file URL for a moderation.</summary>
public sealed class AvatarAndModerationWebhookTests(ClockedSimulator shared) : IClassFixture<ClockedSimulator>
{
    [Theory]
    [InlineData("/api/open/v3/talkingavatar/create", "avatar", true)]
    [InlineData("/api/open/v3/content/analysis/sentiment", "sentiment analysis", false)]
    public async Task A_finished_job_posts_its_type_and_a_url_only_when_it_has_a_file(string path, string type, bool hasFile)
    {
        var (sim, clock, receiver) = (shared.Fresh(), shared.Clock, shared.Receiver);
        object body = hasFile
            ? new Dictionary<string, object?>
            {
                ["width"] = 3840, ["height"] = 2160, ["avatar_from"] = 3, ["webhookUrl"] = receiver.Url,
                ["elements"] = new object[]
                {
                    new { type = "avatar", url = "https://example.com/me.png", scale_x = 1, scale_y = 1, offset_x = 1920, offset_y = 1080 },
                    new { type = "audio", url = "https://example.com/speech.mp3" },
                },
            }
            : new { content = "hello", type = 4, webhookUrl = receiver.Url };
        var id = Kinds.Data(await sim.PostAsync(path, body)).GetProperty("_id").GetString()!;

        clock.AdvanceMs(ClockedSimulator.JobDurationMs + 1000);
        var notices = (await receiver.WaitForAsync(2)).Select(r => WebhookOpener.Open(r.Body)).ToList();

        Assert.Equal([(id, 2, type), (id, 3, type)], notices.Select(n => (n.Id, n.Status, n.Type)));
        Assert.Equal(hasFile, notices[1].Url.Length > 0);
    }
}
