using System.Text.Json;
using AkoolPS.Client;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>The create-translation call: its body, its answer, and the checks made before it spends credits.</summary>
public sealed class TranslationTests
{
    private static readonly IReadOnlyList<LanguageInfo> Languages = new[]
    {
        new LanguageInfo { Code = "ja", Name = "Japanese" },
        new LanguageInfo { Code = "fr", Name = "French" },
        new LanguageInfo { Code = "zh-CN-shandong", Name = "Chinese (Jilu Mandarin)" },
    };

    [Fact]
    public async Task EveryFieldGivenIsSentAndNothingElse()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"j1","video_status":1}}""");
        using var client = TestClients.WithFake(handler);
        var request = new TranslationRequest
        {
            Url = new Uri("https://media.test/talk.mp4"),
            Languages = new[] { "ja", "zh-CN-shandong" },
            SourceLanguage = "en",
            LipSync = true,
            SpeakerCount = 2,
            RemoveBackgroundMusic = true,
            CaptionType = AkoolCaptionType.AddTarget,
            CaptionUrl = new Uri("https://media.test/talk.srt"),
            DynamicDuration = false,
            NoTranslateWords = new[] { "Akool" },
            FixedWords = new Dictionary<string, string> { ["hi"] = "hello" },
            PronouncedWords = new Dictionary<string, string> { ["gga"] = "gaga" },
            Style = AkoolVoiceStyle.Calm,
            WebhookUrl = new Uri("https://hooks.test/akool"),
        };

        await client.CreateTranslationAsync(request, default);

        var sent = handler.Requests.Single();
        Assert.Equal("/api/open/v3/content/video/createbytranslate", sent.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(sent.Body!);
        var root = body.RootElement;
        Assert.Equal("https://media.test/talk.mp4", root.GetProperty("url").GetString());
        Assert.Equal("ja,zh-CN-shandong", root.GetProperty("language").GetString());
        Assert.Equal("en", root.GetProperty("source_language").GetString());
        Assert.True(root.GetProperty("lipsync").GetBoolean());
        Assert.Equal(2, root.GetProperty("speaker_num").GetInt32());
        Assert.True(root.GetProperty("remove_bgm").GetBoolean());
        Assert.Equal(2, root.GetProperty("caption_type").GetInt32());
        Assert.Equal("https://media.test/talk.srt", root.GetProperty("caption_url").GetString());
        Assert.False(root.GetProperty("dynamic_duration").GetBoolean());
        Assert.Equal("https://hooks.test/akool", root.GetProperty("webhookUrl").GetString());
        Assert.False(root.TryGetProperty("voices_map", out _));
        var studio = root.GetProperty("studio_voice");
        Assert.Equal("calm", studio.GetProperty("style").GetString());
        Assert.Equal("Akool", studio.GetProperty("no_translate_words")[0].GetString());
        Assert.Equal("hello", studio.GetProperty("fixed_words").GetProperty("hi").GetString());
        Assert.Equal("gaga", studio.GetProperty("pronounced_words").GetProperty("gga").GetString());
        Assert.False(root.TryGetProperty("merge_interval", out _));
        Assert.False(root.TryGetProperty("face_enhance", out _));
    }

    [Fact]
    public async Task UnsetFieldsAreLeftToAkoolsDefaults()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"j1","video_status":1}}""");
        using var client = TestClients.WithFake(handler);

        await client.CreateTranslationAsync(new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "fr" } }, default);

        using var body = JsonDocument.Parse(handler.Requests.Single().Body!);
        Assert.Equal(new[] { "url", "language" }, body.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task SeveralLanguagesGiveOneJobEachFromAllResults()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK",
             "data":{"_id":"j-ja","language":"ja","video_status":1,"create_time":1759117887643},
             "all_results":[
               {"code":1000,"msg":"OK","data":{"_id":"j-ja","language":"ja","source_language":"en","video_status":1,"deduction_lock_duration":4,"create_time":1759117887643}},
               {"code":1000,"msg":"OK","data":{"_id":"j-fr","language":"fr","source_language":"en","video_status":1,"create_time":1759117887643}},
               {"code":1202,"msg":"The same video cannot be translated lipSync in the same language more than 1 times"}]}
            """);
        using var client = TestClients.WithFake(handler);

        var outcomes = await client.CreateTranslationAsync(
            new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "ja", "fr", "de" }, SourceLanguage = "en" }, default);

        Assert.Equal(new[] { "ja", "fr", "de" }, outcomes.Select(o => o.Label));
        Assert.Equal("j-ja", outcomes[0].Job!.Id);
        Assert.Equal(4, outcomes[0].Job!.Credits);
        Assert.Equal(AkoolVideoStatus.Queued, outcomes[1].Job!.Status);
        Assert.Equal(new Uri("https://media.test/a.mp4"), outcomes[1].Job!.SourceUrl);
        Assert.Equal(1202, ((AkoolApiException)outcomes[2].Error!).Code);
    }

    [Fact]
    public async Task ASingleLanguageAnswerWithoutAllResultsStillGivesItsJob()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"only","video_status":1}}""");
        using var client = TestClients.WithFake(handler);

        var outcome = (await client.CreateTranslationAsync(new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "ja" } }, default)).Single();

        Assert.Equal("ja", outcome.Label);
        Assert.Equal("ja", outcome.Job!.Language);
        Assert.Equal("DEFAULT", outcome.Job.SourceLanguage);
    }

    [Fact]
    public void CodesAreMatchedWithoutCaseAndSentAsAkoolSpellsThem()
    {
        var checkedRequest = TranslationPreflight.Check(
            new TranslationRequest
            {
                Url = new Uri("https://media.test/a.mp4"),
                Languages = new[] { "JA", "zh-cn-SHANDONG" },
            },
            Languages);

        Assert.Equal(new[] { "ja", "zh-CN-shandong" }, checkedRequest.Languages);
    }

    [Fact]
    public async Task ARegionalLanguageIsTranslatedWithoutAVoiceAndNoVoiceIsSent()
    {
        // Akool removed the choice of voice on 2025-11-25: a language the old list flagged need_voice_id goes through.
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"j1","video_status":1}}""");
        using var client = TestClients.WithFake(handler);
        var checkedRequest = TranslationPreflight.Check(
            new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "zh-CN-shandong" } }, Languages);

        await client.CreateTranslationAsync(checkedRequest, default);

        var sent = Assert.Single(handler.Requests);
        Assert.DoesNotContain("voice", sent.Uri.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.False(body.RootElement.TryGetProperty("voices_map", out _));
    }

    [Fact]
    public void CaptionTypeThreeNeedsNoCaptionFile()
    {
        var request = new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "ja" }, CaptionType = AkoolCaptionType.TranslateAndReplace };

        TranslationPreflight.CheckShape(request);
        Assert.Equal(AkoolCaptionType.TranslateAndReplace, TranslationPreflight.Check(request, Languages).CaptionType);
    }

    [Theory]
    [InlineData("xx", null, "UnknownLanguage")]
    [InlineData("ja", "klingon", "UnknownLanguage")]
    public void WhatAkoolWouldRefuseIsRefusedFirst(string language, string? source, string reason)
    {
        var request = new TranslationRequest
        {
            Url = new Uri("https://media.test/a.mp4"),
            Languages = new[] { language },
            SourceLanguage = source,
        };

        var error = Assert.Throws<AkoolValidationException>(() => TranslationPreflight.Check(request, Languages));

        Assert.Equal(reason, error.Reason);
        Assert.Equal("Akool." + reason, error.ErrorId);
    }

    [Fact]
    public void TheRefusalNamesWhatToDo()
    {
        var unknown = Assert.Throws<AkoolValidationException>(() => TranslationPreflight.Check(
            new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "jp" } }, Languages));

        Assert.Contains("language list", unknown.Message);
        Assert.Contains("'jp'", unknown.Message);
    }

    [Theory]
    [InlineData("ftp://media.test/a.mp4")]
    [InlineData("file:///tmp/a.mp4")]
    public void OnlyHttpAddressesAreAccepted(string url)
    {
        var error = Assert.Throws<AkoolValidationException>(() => TranslationPreflight.CheckShape(
            new TranslationRequest { Url = new Uri(url), Languages = new[] { "ja" } }));

        Assert.Equal("InvalidUrl", error.Reason);
    }

    [Fact]
    public void ANegativeSpeakerCountIsRefused()
    {
        var error = Assert.Throws<AkoolValidationException>(() => TranslationPreflight.CheckShape(
            new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "ja" }, SpeakerCount = -1 }));

        Assert.Equal("InvalidSpeakerCount", error.Reason);
    }

    [Fact]
    public void ANewerStateKeepsWhatTheOlderKnew()
    {
        var created = new VideoJob { Id = "j", Kind = AkoolVideoKind.Translation, Status = AkoolVideoStatus.Queued, Language = "ja", SourceLanguage = "en", Credits = 4 };
        var polled = new VideoJob { Id = "j", Kind = AkoolVideoKind.Translation, Status = AkoolVideoStatus.Completed, ResultUrl = new Uri("https://cdn.test/j.mp4") };

        var merged = polled.Over(created);

        Assert.Equal(AkoolVideoStatus.Completed, merged.Status);
        Assert.Equal(100, merged.Progress);
        Assert.Equal("ja", merged.Language);
        Assert.Equal("en", merged.SourceLanguage);
        Assert.Equal(4, merged.Credits);
        Assert.Equal(new Uri("https://cdn.test/j.mp4"), merged.ResultUrl);
    }
}
