using System.Text.Json;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>The create calls of the other job kinds: the bodies they send and what their answers become.</summary>
public sealed class JobCreateTests
{
    [Fact]
    public async Task ATalkingPhotoSendsItsFieldsAndIsTrackedAsV3()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"tp1","video_status":1,"deduction_lock_duration":10,"talking_photo":"https://x/p.jpg"}}""");
        using var client = TestClients.WithFake(handler);

        var job = await client.CreateTalkingPhotoAsync(new TalkingPhotoRequest
        {
            PhotoUrl = new Uri("https://media.test/p.jpg"),
            AudioUrl = new Uri("https://media.test/a.mp3"),
            Prompt = "wave",
            Resolution = "1080",
        }, default);

        var sent = handler.Requests.Single();
        Assert.Equal("/api/open/v3/content/video/createbytalkingphoto", sent.Uri.AbsolutePath);
        Assert.Equal("""{"talking_photo_url":"https://media.test/p.jpg","audio_url":"https://media.test/a.mp3","prompt":"wave","resolution":"1080"}""", sent.Body);
        Assert.Equal(AkoolVideoKind.TalkingPhoto, job.Kind);
        Assert.Equal(10, job.Credits);
        Assert.Equal(new Uri("https://media.test/p.jpg"), job.SourceUrl);
    }

    [Fact]
    public async Task ALipSyncSendsItsFields()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"ls1","video_status":1}}""");
        using var client = TestClients.WithFake(handler);

        var job = await client.CreateLipSyncAsync(new LipSyncRequest
        {
            VideoUrl = new Uri("https://media.test/v.mp4"),
            AudioUrl = new Uri("https://media.test/a.wav"),
            WebhookUrl = new Uri("https://hooks.test/akool"),
        }, default);

        Assert.Equal("""{"video_url":"https://media.test/v.mp4","audio_url":"https://media.test/a.wav","webhookUrl":"https://hooks.test/akool"}""", handler.Requests.Single().Body);
        Assert.Equal(AkoolVideoKind.LipSync, job.Kind);
    }

    [Fact]
    public async Task AnImageToVideoJobSendsTheLowerCaseWebhookField()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"iv1","status":1,"deduction_credit":25,"image_url":"https://media.test/cat.png"}}""");
        using var client = TestClients.WithFake(handler);

        var job = await client.CreateImageToVideoAsync(new ImageToVideoRequest
        {
            ImageUrl = new Uri("https://media.test/cat.png"),
            Prompt = "the cat turns its head",
            Resolution = "1080p",
            LengthSeconds = 10,
            Audio = VideoAudioSource.File,
            AudioUrl = new Uri("https://media.test/purr.mp3"),
            WebhookUrl = new Uri("https://hooks.test/akool"),
        }, default);

        using var body = JsonDocument.Parse(handler.Requests.Single().Body!);
        var root = body.RootElement;
        Assert.Equal("https://hooks.test/akool", root.GetProperty("webhookurl").GetString());
        Assert.False(root.TryGetProperty("webhookUrl", out _));
        Assert.Equal(2, root.GetProperty("audio_type").GetInt32());
        Assert.Equal(10, root.GetProperty("video_length").GetInt32());
        Assert.Equal("", root.GetProperty("negative_prompt").GetString());
        Assert.Equal(AkoolVideoKind.ImageToVideo, job.Kind);
        Assert.Equal(AkoolVideoStatus.Queued, job.Status);
        Assert.Equal(25, job.Credits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEffectWithoutAPromptSendsTheEffectCodeAsThePromptNeverAnEmptyOne(string prompt)
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"iv3","status":1}}""");
        using var client = TestClients.WithFake(handler);

        await client.CreateImageToVideoAsync(new ImageToVideoRequest
        {
            ImageUrl = new Uri("https://media.test/cake.jpg"),
            Prompt = prompt,
            EffectCode = " squish_89244231312 ",
        }, default);

        using var body = JsonDocument.Parse(handler.Requests.Single().Body!);
        Assert.Equal("squish_89244231312", body.RootElement.GetProperty("prompt").GetString());
        Assert.Equal(" squish_89244231312 ", body.RootElement.GetProperty("effect_code").GetString());
    }

    [Fact]
    public async Task AGivenPromptIsSentAsItIsBesideAnEffect()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"iv4","status":1}}""");
        using var client = TestClients.WithFake(handler);

        await client.CreateImageToVideoAsync(new ImageToVideoRequest
        {
            ImageUrl = new Uri("https://media.test/cake.jpg"),
            Prompt = "the cake wobbles",
            EffectCode = "squish_89244231312",
        }, default);

        using var body = JsonDocument.Parse(handler.Requests.Single().Body!);
        Assert.Equal("the cake wobbles", body.RootElement.GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task AddingAudioNamesTheSourceJob()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"_id":"iv2","pre_video_id":"iv1","status":1}}""");
        using var client = TestClients.WithFake(handler);

        var job = await client.AddVideoAudioAsync(new AddVideoAudioRequest { SourceJobId = "iv1", Audio = VideoAudioSource.Generated }, default);

        Assert.Equal("""{"pre_video_id":"iv1","audio_type":1}""", handler.Requests.Single().Body);
        Assert.Equal("iv2", job.Id);
    }

    [Theory]
    [InlineData(7, null, null, "InvalidLength")]
    [InlineData(5, "", null, "PromptRequired")]
    [InlineData(5, "p", "https://media.test/a.mp3", "AudioConflict")]
    public async Task WhatAkoolWouldRefuseIsRefusedWithoutARequest(int length, string? prompt, string? audio, string reason)
    {
        var handler = new FakeHandler();
        using var client = TestClients.WithFake(handler);
        var request = new ImageToVideoRequest
        {
            ImageUrl = new Uri("https://media.test/cat.png"),
            Prompt = prompt ?? "p",
            LengthSeconds = length,
            Audio = VideoAudioSource.Generated,
            AudioUrl = audio is null ? null : new Uri(audio),
        };

        var error = await Assert.ThrowsAsync<AkoolValidationException>(() => client.CreateImageToVideoAsync(request, default));

        Assert.Equal(reason, error.Reason);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task TheCreditIsRead()
    {
        var handler = new FakeHandler().ThenJson("""{"code":1000,"msg":"OK","data":{"credit":123.5}}""");
        using var client = TestClients.WithFake(handler);

        var credit = await client.GetCreditAsync(default);

        Assert.Equal(123.5, credit.Credit);
        Assert.Equal("/api/open/v3/faceswap/quota/info", handler.Requests.Single().Uri.AbsolutePath);
    }
}
