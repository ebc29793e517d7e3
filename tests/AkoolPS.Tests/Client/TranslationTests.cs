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
        new LanguageInfo { Code = "zh-CN-shandong", Name = "Chinese (Jilu Mandarin)", NeedsVoiceId = true },
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
            CaptionType = 2,
            CaptionUrl = new Uri("https://media.test/talk.srt"),
            DynamicDuration = false,
            NoTranslateWords = new[] { "Akool" },
            FixedWords = new Dictionary<string, string> { ["hi"] = "hello" },
            PronouncedWords = new Dictionary<string, string> { ["gga"] = "gaga" },
            Style = "calm",
            Voices = new Dictionary<string, string> { ["zh-CN-shandong"] = "6889b755662160e2caad5fdf" },
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
        Assert.Equal("6889b755662160e2caad5fdf", root.GetProperty("voices_map").GetProperty("zh-CN-shandong").GetProperty("voice_id").GetString());
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
                Voices = new Dictionary<string, string> { ["ZH-CN-shandong"] = "v1" },
            },
            Languages);

        Assert.Equal(new[] { "ja", "zh-CN-shandong" }, checkedRequest.Languages);
        Assert.Equal("v1", checkedRequest.Voices!["zh-CN-shandong"]);
    }

    [Theory]
    [InlineData("xx", null, null, "UnknownLanguage")]
    [InlineData("zh-CN-shandong", null, null, "VoiceRequired")]
    [InlineData("ja", "fr", "v1", "VoiceLanguageMismatch")]
    public void WhatAkoolWouldRefuseIsRefusedFirst(string language, string? voiceLanguage, string? voice, string reason)
    {
        var request = new TranslationRequest
        {
            Url = new Uri("https://media.test/a.mp4"),
            Languages = new[] { language },
            Voices = voiceLanguage is null ? null : new Dictionary<string, string> { [voiceLanguage] = voice! },
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
        var voice = Assert.Throws<AkoolValidationException>(() => TranslationPreflight.Check(
            new TranslationRequest { Url = new Uri("https://media.test/a.mp4"), Languages = new[] { "zh-CN-shandong" } }, Languages));

        Assert.Contains("Get-AkoolLanguage", unknown.Message);
        Assert.Contains("Get-AkoolVoice -LanguageCode zh-CN-shandong", voice.Message);
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
