using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

public sealed class CatalogueTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private const string VoicesPath = "/api/open/v4/voice/videoTranslation";

    private static readonly string[] VoiceFields =
    [
        "_id", "voice_id", "gender", "language", "name", "preview", "thumbnailUrl", "create_time", "flag_url",
        "useCase", "category", "age", "style", "duration", "scenario", "language_code",
    ];

    [Fact]
    public async Task The_language_list_has_big_and_regional_languages_and_no_need_voice_id()
    {
        var sim = shared.Fresh();

        var list = (await sim.GetAsync("/api/open/v3/language/list")).GetProperty("data").GetProperty("lang_list");
        var byCode = list.EnumerateArray().ToDictionary(l => l.GetProperty("lang_code").GetString()!);

        Assert.InRange(byCode.Count, 35, 60);
        Assert.All(byCode.Values, l => Assert.Equal(["lang_code", "lang_name", "url"], l.EnumerateObject().Select(p => p.Name).Order()));
        Assert.All(["en", "ja", "fr", "zh-CN", "zh-TW", "af-ZA", "sq-AL", "am-ET", "zh-CN-shandong", "zh-CN-sichuan"], c => Assert.Contains(c, byCode.Keys));
        Assert.Equal("Afrikaans (South Africa)", byCode["af-ZA"].GetProperty("lang_name").GetString());
    }

    [Fact]
    public async Task The_removed_voice_list_answers_as_a_removed_route_unless_the_legacy_list_is_on()
    {
        var sim = shared.Fresh();

        using var removed = await sim.SendAsync(HttpMethod.Get, $"{VoicesPath}?language_code=ja");
        var body = await TestSimulator.ReadJsonAsync(removed);
        sim.State.UpdateConfig(c => c with { LegacyVoiceList = true });
        var legacy = await sim.GetAsync(VoicesPath);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, removed.StatusCode);
        JsonAssert.Error(body, 404, "Cannot GET /api/open/v4/voice/videoTranslation");
        Assert.Equal(1000, JsonAssert.Code(legacy));
        Assert.Equal(404, sim.State.GetJournal(VoicesPath)[0].Status);
    }

    [Fact]
    public async Task Default_voices_cover_every_language_with_both_genders_and_every_field()
    {
        var sim = Legacy(shared.Fresh());
        var languages = (await sim.GetAsync("/api/open/v3/language/list")).GetProperty("data").GetProperty("lang_list").EnumerateArray().ToList();

        var all = await AllVoicesAsync(sim);

        Assert.All(all, v => JsonAssert.HasFields(v, VoiceFields));
        Assert.Equal(all.Count, all.Select(v => v.GetProperty("voice_id").GetString()).Distinct().Count());
        foreach (var language in languages)
        {
            var code = language.GetProperty("lang_code").GetString();
            var genders = all.Where(v => v.GetProperty("language_code").GetString() == code).Select(v => v.GetProperty("gender").GetString()).ToList();
            Assert.True(genders.Count >= 2, code);
            Assert.Equal(["Female", "Male"], genders.Distinct().Order());
        }
    }

    [Fact]
    public async Task Paging_counts_after_filtering_and_clamps_the_size()
    {
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { VoiceCount = 1050, LegacyVoiceList = true });

        var last = (await sim.GetAsync($"{VoicesPath}?page=11&size=100")).GetProperty("data");
        var beyond = (await sim.GetAsync($"{VoicesPath}?page=12")).GetProperty("data");
        var clamped = (await sim.GetAsync($"{VoicesPath}?size=1000")).GetProperty("data");
        var tiny = (await sim.GetAsync($"{VoicesPath}?size=0")).GetProperty("data");
        var japanese = (await sim.GetAsync($"{VoicesPath}?language_code=ja&size=100")).GetProperty("data");
        var nothing = (await sim.GetAsync($"{VoicesPath}?language_code=xx")).GetProperty("data");

        Assert.Equal((1050, 11, 100, 50), (last.GetProperty("count").GetInt32(), last.GetProperty("page").GetInt32(), last.GetProperty("size").GetInt32(), last.GetProperty("result").GetArrayLength()));
        Assert.Equal(0, beyond.GetProperty("result").GetArrayLength());
        Assert.Equal((100, 100), (clamped.GetProperty("size").GetInt32(), clamped.GetProperty("result").GetArrayLength()));
        Assert.Equal((1, 1), (tiny.GetProperty("size").GetInt32(), tiny.GetProperty("result").GetArrayLength()));
        Assert.All(japanese.GetProperty("result").EnumerateArray(), v => Assert.Equal("ja", v.GetProperty("language_code").GetString()));
        Assert.Equal(japanese.GetProperty("count").GetInt32(), japanese.GetProperty("result").GetArrayLength());
        Assert.Equal(0, nothing.GetProperty("count").GetInt32());
        JsonAssert.Error(await sim.GetAsync($"{VoicesPath}?page=two"), 1003, "page must be an integer");
    }

    [Fact]
    public async Task Fifty_thousand_voices_are_cheap_and_a_create_with_one_of_them_is_accepted()
    {
        var sim = Legacy(shared.Fresh());
        sim.State.UpdateConfig(c => c with { VoiceCount = 50_000 });

        var page = (await sim.GetAsync($"{VoicesPath}?language_code=am-ET&page=11&size=100")).GetProperty("data");
        var total = (await sim.GetAsync(VoicesPath)).GetProperty("data").GetProperty("count").GetInt32();
        var voiceId = page.GetProperty("result")[99].GetProperty("voice_id").GetString();
        var created = await sim.CreateAsync(new { url = "https://example.com/a.mp4", language = "am-ET", voices_map = new Dictionary<string, object> { ["am-ET"] = new { voice_id = voiceId } } });

        Assert.Equal(50_000, total);
        Assert.Equal(100, page.GetProperty("result").GetArrayLength());
        Assert.Equal(1000, JsonAssert.Code(created));
    }

    private static TestSimulator Legacy(TestSimulator sim)
    {
        sim.State.UpdateConfig(c => c with { LegacyVoiceList = true });
        return sim;
    }

    private static async Task<List<JsonElement>> AllVoicesAsync(TestSimulator sim)
    {
        var voices = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var data = (await sim.GetAsync($"{VoicesPath}?page={page}")).GetProperty("data");
            voices.AddRange(data.GetProperty("result").EnumerateArray());
            if (voices.Count >= data.GetProperty("count").GetInt32())
            {
                return voices;
            }
        }
    }
}
