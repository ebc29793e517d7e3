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

/// <summary>
/// The avatar list, talking avatars and content moderation: against the simulator (which checks every body as
/// the pages describe), and against hostile answers from a fake server.
/// </summary>
public sealed class AvatarClientTests : SimulatorClientTestBase
{
    [Fact]
    public async Task TheAvatarListIsReadPageByPageAndAnIdIsFoundOnALaterPage()
    {
        var first = await client.GetAvatarPageAsync(AkoolAvatarType.Talking, AkoolAvatarSource.Official, 1, 10, default);
        var upload = await client.FindAvatarAsync("upload020", default);
        var missing = await client.FindAvatarAsync("nobody", default);

        Assert.Equal(10, first.Avatars.Count);
        Assert.All(first.Avatars, a => Assert.Equal((AkoolAvatarType.Talking, AkoolAvatarSource.Official), (a.Type, a.Source)));
        Assert.Contains("type=1", sim.State.GetJournal("/api/open/v3/avatar/list")[0].Query, StringComparison.Ordinal);
        Assert.Equal(AkoolAvatarSource.Uploaded, upload!.Source);
        Assert.Equal(".mp4", Path.GetExtension(upload.Url!.AbsolutePath));
        Assert.Null(missing);
        Assert.Equal(1 + 3 + 3, sim.State.GetJournal("/api/open/v3/avatar/list").Count);
    }

    [Fact]
    public async Task ATalkingAvatarBodyPassesTheSimulatorsStrictChecksForEveryWayOfSpeaking()
    {
        var official = AvatarCatalogue.Filter(2, 1)[0].AvatarId;

        var byAudio = await client.CreateTalkingAvatarAsync(new TalkingAvatarRequest { AvatarId = official, AudioUrl = new Uri("https://media.test/a.mp3"), Background = "#ffffff" }, default);
        var byText = await client.CreateTalkingAvatarAsync(new TalkingAvatarRequest
        {
            AvatarSource = AkoolAvatarSource.Uploaded,
            AvatarUrl = new Uri("https://media.test/me.png"),
            Text = "Hello.",
            VoiceId = "6889b628662160e2caad5dbc",
            Background = "https://media.test/office.jpg",
        }, default);
        var done = await client.GetOneAsync(byText.Id, AkoolVideoKind.TalkingAvatar, default);

        Assert.Equal((AkoolVideoKind.TalkingAvatar, AkoolVideoKind.TalkingAvatar), (byAudio.Kind, byText.Kind));
        Assert.Equal(new Uri("https://media.test/me.png"), byText.SourceUrl);
        Assert.Equal(AkoolVideoStatus.Completed, done.Status);
        Assert.Equal(AkoolResultMedia.Video, done.Media);
        Assert.NotNull(done.ResultUrl);
        var body = JsonDocument.Parse(sim.State.GetJournal("/api/open/v3/talkingavatar/create")[1].Body!).RootElement;
        Assert.Equal((3840, 2160, 3), (body.GetProperty("width").GetInt32(), body.GetProperty("height").GetInt32(), body.GetProperty("avatar_from").GetInt32()));
        Assert.False(body.GetProperty("elements")[1].TryGetProperty("avatar_id", out _));
    }

    [Fact]
    public async Task AModerationIsReadWithItsVerdictOnceCompleted()
    {
        var job = await client.CreateModerationAsync(new ModerationRequest { Content = "They talk of violence and hate.", Language = "EN" }, default);
        var done = await client.GetOneAsync(job.Id, AkoolVideoKind.Moderation, default);

        Assert.Equal(AkoolVideoKind.Moderation, job.Kind);
        Assert.Null(job.Moderation);
        Assert.Equal(AkoolVideoStatus.Completed, done.Status);
        Assert.Equal(AkoolModerationConclusion.NonCompliant, done.Moderation!.Conclusion);
        Assert.Equal(2, done.Moderation.Reasons.Count);
        Assert.StartsWith("violence:", done.Moderation.Reasons[0], StringComparison.Ordinal);
        Assert.Equal("NonCompliant", done.ResultValue);
        Assert.Null(done.ResultUrl);
        Assert.Equal(AkoolResultMedia.None, done.Media);
        var body = JsonDocument.Parse(sim.State.GetJournal("/api/open/v3/content/analysis/sentiment")[0].Body!).RootElement;
        Assert.Equal((4, "en"), (body.GetProperty("type").GetInt32(), body.GetProperty("language").GetString()));
    }

    [Theory]
    [InlineData(AkoolContentType.Image, "poster.png", "InvalidUrl")]
    [InlineData(AkoolContentType.Text, "", "ContentRequired")]
    [InlineData(AkoolContentType.Text, "hello", "InvalidLanguage", "eng")]
    public async Task ModerationRequestsAkoolWouldRefuseAreNeverSent(AkoolContentType type, string content, string reason, string? language = null)
    {
        var error = await Assert.ThrowsAsync<AkoolValidationException>(() =>
            client.CreateModerationAsync(new ModerationRequest { ContentType = type, Content = content, Language = language }, default));

        Assert.Equal(reason, error.Reason);
        Assert.Empty(sim.State.GetJournal("/api/open/v3/content/analysis/sentiment"));
    }

    [Fact]
    public async Task TalkingAvatarRequestsAkoolWouldRefuseAreNeverSent()
    {
        var reasons = new List<string>();
        foreach (var request in new[]
        {
            new TalkingAvatarRequest { AvatarId = "a", Text = "hi" },
            new TalkingAvatarRequest { AvatarId = "a", Text = "hi", VoiceId = "v", AudioUrl = new Uri("https://media.test/a.mp3") },
            new TalkingAvatarRequest { AvatarSource = AkoolAvatarSource.Uploaded, AudioUrl = new Uri("https://media.test/a.mp3") },
            new TalkingAvatarRequest { AvatarSource = AkoolAvatarSource.Uploaded, AvatarUrl = new Uri("https://media.test/a.gif"), AudioUrl = new Uri("https://media.test/a.mp3") },
            new TalkingAvatarRequest { AvatarId = "a", AudioUrl = new Uri("https://media.test/a.mp3"), Background = "blue" },
            new TalkingAvatarRequest { AvatarId = "a", Text = new string('x', AvatarChecks.MaxText + 1), VoiceId = "v" },
        })
        {
            reasons.Add((await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateTalkingAvatarAsync(request, default))).Reason);
        }

        Assert.Equal(["SpeechRequired", "SpeechConflict", "AvatarUrlRequired", "UnsupportedMedia", "InvalidBackground", "TextTooLong"], reasons);
        Assert.Empty(sim.State.GetJournal("/api/open/v3/talkingavatar/create"));
    }

    [Fact]
    public async Task HostileAvatarEntriesAreLeftOutAndALinkMustBeHttp()
    {
        var handler = new FakeHandler().ThenJson("""
            {"code":1000,"msg":"OK","data":[
              {"avatar_id":"a1","name":"One","type":1,"from":2,"url":"javascript:alert(1)","thumbnailUrl":"file:///etc/passwd","status":9},
              {"name":"no id"}, "text", 42, null,
              {"avatar_id":"a2","type":"talking"},
              {"avatar_id":"a3","type":7,"from":99,"url":"https://cdn.test/a3.png"}]}
            """);
        using var fake = TestClients.WithFake(handler);

        var page = await fake.GetAvatarPageAsync(null, null, 1, 100, default);

        Assert.Equal(["a1", "a3"], page.Avatars.Select(a => a.AvatarId));
        Assert.Equal(7, page.Entries);
        Assert.Null(page.Avatars[0].Url);
        Assert.Null(page.Avatars[0].ThumbnailUrl);
        Assert.Null(page.Avatars[0].Status);
        Assert.Equal((AkoolAvatarType.Unknown, AkoolAvatarSource.Unknown), (page.Avatars[1].Type, page.Avatars[1].Source));
    }

    [Fact]
    public async Task AnAvatarListThatIsNotAListIsAnAnswerOfTheWrongShape()
    {
        using var fake = TestClients.WithFake(new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"avatar_id":"a1"}}"""));

        await Assert.ThrowsAsync<AkoolResponseException>(() => fake.GetAvatarPageAsync(null, null, 1, 100, default));
    }

    [Fact]
    public async Task AServerThatRepeatsTheSamePageCannotKeepTheLookupReading()
    {
        var full = "[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $$"""{"avatar_id":"x{{i}}"}""")) + "]";
        var handler = new FakeHandler().Always((_, _) => Task.FromResult(FakeHandler.Json($$"""{"code":1000,"msg":"OK","data":{{full}}}""")));
        using var fake = TestClients.WithFake(handler);

        var found = await fake.FindAvatarAsync("missing", default);

        Assert.Null(found);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData("""{"_id":"m1","status":3,"final_conclusion":"Totally fine","result":"ok"}""", AkoolModerationConclusion.Unknown)]
    [InlineData("""{"_id":"m1","status":3,"final_conclusion":1,"result":"- x: y"}""", AkoolModerationConclusion.Unknown)]
    [InlineData("""{"_id":"m1","status":3,"final_conclusion":"non-compliant ","result":7}""", AkoolModerationConclusion.NonCompliant)]
    [InlineData("""{"_id":"m1","status":3,"final_conclusion":"Compliant"}""", AkoolModerationConclusion.Compliant)]
    [InlineData("""{"_id":"m1","status":3}""", AkoolModerationConclusion.Unknown)]
    public async Task AVerdictIsBelievedOnlyWhenItIsOneOfAkoolsThreeWords(string data, AkoolModerationConclusion expected)
    {
        using var fake = TestClients.WithFake(new FakeHandler().ThenJson($$"""{"code":1000,"msg":"OK","data":{{data}}}"""));

        var job = await fake.GetOneAsync("m1", AkoolVideoKind.Moderation, default);

        Assert.Equal(expected, job.Moderation!.Conclusion);
    }

    [Fact]
    public async Task AnUnfinishedAnalysisHasNoVerdictWhateverItSays()
    {
        using var fake = TestClients.WithFake(new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"m1","status":2,"final_conclusion":"Compliant","result":"Result: Compliant"}}"""));

        var job = await fake.GetOneAsync("m1", AkoolVideoKind.Moderation, default);

        Assert.Equal(AkoolVideoStatus.Processing, job.Status);
        Assert.Null(job.Moderation);
        Assert.Null(job.ResultValue);
    }

    [Theory]
    [InlineData("avatar", AkoolVideoKind.TalkingAvatar)]
    [InlineData("sentiment analysis", null)]
    public void AWebhookNoticeIsReadWithTheKindItsTypeNames(string type, AkoolVideoKind? kind)
    {
        var reader = new AkoolPS.Client.Webhooks.WebhookReader(SimulatorOptions.DefaultClientId, TestClients.Secure(SimulatorOptions.DefaultApiKey));
        var body = WebhookMessage.Seal($$"""{"_id":"av1","status":3,"type":"{{type}}","url":"https://cdn.test/av1.mp4"}""", SimulatorOptions.DefaultClientId, SimulatorOptions.DefaultApiKey, 1764288000000);

        var message = reader.Read(body, null, DateTimeOffset.FromUnixTimeMilliseconds(1764288000000));

        Assert.Equal(("av1", kind, AkoolVideoStatus.Completed), (message.Id, message.Kind, message.Status));
    }

    [Fact]
    public void WebhooksOfTypeAvatarAreTalkingAvatars()
    {
        Assert.Equal(AkoolVideoKind.TalkingAvatar, JobKinds.FromWebhookType("avatar"));
        Assert.Equal(AkoolVideoKind.TalkingAvatar, JobKinds.FromWebhookType(" Avatar "));
        Assert.Null(JobKinds.FromWebhookType("sentiment analysis"));
        Assert.Equal("talking-avatar", JobKinds.FileTagOf(AkoolVideoKind.TalkingAvatar));
    }
}
