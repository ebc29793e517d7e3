using System.Text;

namespace AkoolPS.Simulator.Tests;

public sealed class ValidationTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    [Theory]
    [InlineData("""{"language":"ja"}""", "url is required")]
    [InlineData("""{"url":"","language":"ja"}""", "url cannot be empty")]
    [InlineData("""{"url":"ftp://example.com/a.mp4","language":"ja"}""", "url must be an absolute http or https URL")]
    [InlineData("""{"url":"video.mp4","language":"ja"}""", "url must be an absolute http or https URL")]
    [InlineData("""{"url":"https://example.com/a.mp4"}""", "language is required")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja,xx"}""", "language 'xx' is not supported")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja,,fr"}""", "without empty items")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja,ja"}""", "listed more than once")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"JA"}""", "language 'JA' is not supported")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","source_language":"klingon"}""", "source_language 'klingon'")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","lipsync":"true"}""", "lipsync must be a boolean")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","remove_bgm":null}""", "remove_bgm must be a boolean")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","speaker_num":1.5}""", "speaker_num must be an integer")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","speaker_num":-1}""", "speaker_num must be 0")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","caption_type":5}""", "caption_type must be between 0 and 4")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","webhookUrl":"not a url"}""", "webhookUrl must be an absolute")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":["ja"]}""", "language must be a string")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","studio_voice":{"style":"grumpy"}}""", "studio_voice.style 'grumpy'")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","studio_voice":{"no_translate_words":[1]}}""", "studio_voice.no_translate_words[] must be a string")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","studio_voice":{"fixed_words":{"hi":2}}}""", "studio_voice.fixed_words.hi must be a string")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","studio_voice":"professional"}""", "studio_voice must be an object")]
    [InlineData("""["https://example.com/a.mp4"]""", "must be a JSON object")]
    [InlineData("""{"url":""", "must be valid JSON")]
    public async Task Bad_create_bodies_answer_1003_naming_the_problem_and_create_nothing(string body, string msg)
    {
        var sim = shared.Fresh();

        JsonAssert.Error(await sim.ApiAsync(HttpMethod.Post, TestSimulator.CreatePath, body), 1003, msg);
        Assert.Empty(sim.State.GetJobs());
    }

    [Theory]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"af-ZA"}""")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"af-ZA","voices_map":{"af-ZA":{"voice_id":""}}}""")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","voices_map":{"fr":{"voice_id":"not-a-voice"}}}""")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","voices_map":"anything"}""")]
    [InlineData("""{"url":"https://example.com/a.mp4","language":"ja","caption_type":3}""")]
    public async Task Voice_choice_is_gone_and_caption_type_3_alone_is_valid(string body)
    {
        // Akool removed voices_map and need_voice_id on 2025-11-25: a voices_map is accepted and ignored.
        var sim = shared.Fresh();

        var created = await sim.ApiAsync(HttpMethod.Post, TestSimulator.CreatePath, body);

        Assert.Equal(1000, JsonAssert.Code(created));
        Assert.Single(sim.State.GetJobs());
    }

    [Fact]
    public async Task A_body_not_sent_as_json_is_refused()
    {
        var sim = shared.Fresh();
        using var request = new HttpRequestMessage(HttpMethod.Post, TestSimulator.CreatePath.TrimStart('/'))
        {
            Content = new StringContent("""{"url":"https://example.com/a.mp4","language":"ja"}""", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("x-api-key", SimulatorOptions.DefaultApiKey);

        using var response = await sim.Http.SendAsync(request);

        JsonAssert.Error(await TestSimulator.ReadJsonAsync(response), 1003, "Content-Type must be application/json");
    }

    [Fact]
    public async Task The_full_documented_body_is_accepted_and_unknown_or_deprecated_fields_are_ignored()
    {
        var sim = shared.Fresh();
        const string shandong = "6889b755662160e2caad5fdf";
        const string sichuan = "6889b755662160e2caad5fe0";

        var created = await sim.CreateAsync(new
        {
            url = "https://d11fbe263bhqij.cloudfront.net/agicontent/video/translate/cut3_content_create_EN_01.mp4",
            language = "ja,zh-CN-shandong,zh-CN-sichuan",
            source_language = "en",
            lipsync = false,
            speaker_num = 1,
            webhookUrl = "",
            remove_bgm = true,
            caption_type = 2,
            caption_url = "https://example.com/subtitles.srt",
            voices_map = new Dictionary<string, object>
            {
                ["ja"] = new { voice_id = "" },
                ["zh-CN-shandong"] = new { voice_id = shandong },
                ["zh-CN-sichuan"] = new { voice_id = sichuan },
            },
            studio_voice = new
            {
                no_translate_words = new[] { "kaka", "lal" },
                fixed_words = new { hi = "hello", bad = "good" },
                pronounced_words = new { lel = "lele" },
                style = "professional",
            },
            dynamic_duration = false,
            merge_interval = 1,
            face_enhance = true,
            something_new = new { x = 1 },
        });

        Assert.Equal(1000, JsonAssert.Code(created));
        Assert.Equal(3, created.GetProperty("all_results").GetArrayLength());
    }
}
