using AkoolPS;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;
using AkoolPS.Client.Webhooks;
using AkoolPS.Tests.Support;
using Xunit;

namespace AkoolPS.Tests.Client;

public sealed class WebhookTests
{
    private const string ClientId = "sim-client-00001";
    private const string Secret = "simulator-api-key-000001";
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeMilliseconds(1764288000000);

    // Made outside .NET, with openssl and sha1sum, as Akool's webhook page describes:
    //   openssl enc -aes-192-cbc -K <hex of the secret> -iv <hex of the client id> -base64 -A
    //   printf '%s\n' clientId timestamp nonce dataEncrypt | LC_ALL=C sort | tr -d '\n' | sha1sum
    private const string HandCheckedBody = """
        {"signature":"4914275e01fab91dd99e15833899d42e74f96170",
         "dataEncrypt":"82FeCa15eRoWo313zPaUIjY84HYE8LQfXoDzq+bWA04OuJxYuyPwBrYP1+emS7cwqsuQXwxWddGBoY6OMEtNZmbT4X+eUjF+iTRVlXbudpOgCHv0QmiSkigQtwztzeiekNto04vynbJ/10lSShHVEQ==",
         "timestamp":1764288000000,"nonce":"4721"}
        """;

    private static WebhookReader Reader(string clientId = ClientId, string secret = Secret) => new(clientId, TestClients.Secure(secret));

    [Fact]
    public void AHandCheckedVectorIsVerifiedAndDecrypted()
    {
        var message = Reader().Read(HandCheckedBody, null, SentAt);

        Assert.Equal("6b0a2a1d567c5fd7884c607a", message.Id);
        Assert.Equal(AkoolVideoStatus.Completed, message.Status);
        Assert.Equal("video translate", message.Type);
        Assert.Equal(new Uri("https://cdn.example.com/6b0a.mp4"), message.Url);
        Assert.Equal(SentAt, message.Timestamp);
    }

    [Fact]
    public void WhatTheSimulatorSealsTheReaderOpens()
    {
        var reader = Reader();
        var body = AkoolPS.Simulator.WebhookMessage.Seal("""{"_id":"abc","video_status":"4","type":"lipsync","extra":[1,2]}""", ClientId, Secret, 1764288000123);

        var message = reader.Read(body, TimeSpan.FromMinutes(5), SentAt.AddSeconds(30));

        Assert.Equal("abc", message.Id);
        Assert.Equal(AkoolVideoStatus.Failed, message.Status);
        Assert.Null(message.Url);
        Assert.Equal(new object?[] { 1L, 2L }, message.Fields["extra"]);
    }

    [Fact]
    public void ANonceSentAsANumberIsSignedAsItsText()
    {
        var body = HandCheckedBody.Replace("\"nonce\":\"4721\"", "\"nonce\":4721");

        Assert.Equal("6b0a2a1d567c5fd7884c607a", Reader().Read(body, null, SentAt).Id);
    }

    [Theory]
    [InlineData("signature", "4914275e01fab91dd99e15833899d42e74f96171")]
    [InlineData("timestamp", "1764288000001")]
    [InlineData("nonce", "\"4722\"")]
    public void AChangedFieldBreaksTheSignature(string field, string value)
    {
        var body = field switch
        {
            "signature" => HandCheckedBody.Replace("4914275e01fab91dd99e15833899d42e74f96170", value),
            "timestamp" => HandCheckedBody.Replace("1764288000000", value),
            _ => HandCheckedBody.Replace("\"4721\"", value),
        };

        var error = Assert.Throws<AkoolWebhookException>(() => Reader().Read(body, null, SentAt));

        Assert.Equal("Akool.WebhookSignatureInvalid", error.ErrorId);
    }

    [Fact]
    public void AnotherClientIdBreaksTheSignature()
    {
        var error = Assert.Throws<AkoolWebhookException>(() => Reader(clientId: "sim-client-00002").Read(HandCheckedBody, null, SentAt));

        Assert.Equal("SignatureInvalid", error.Reason);
        Assert.Contains("sim-client-00002", error.Message);
    }

    [Fact]
    public void AWrongSecretIsSaidPlainlyWithoutCryptographyText()
    {
        var error = Assert.Throws<AkoolWebhookException>(() => Reader(secret: "another-secret-key-00001").Read(HandCheckedBody, null, SentAt));

        Assert.Equal("Akool.WebhookDecryptionFailed", error.ErrorId);
        Assert.Contains("-ClientSecret", error.Message);
        Assert.DoesNotContain("padding", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(error.InnerException);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"signature":"x","timestamp":1,"nonce":"1"}""")]
    [InlineData("""{"signature":"x","dataEncrypt":"abc","nonce":"1"}""")]
    [InlineData("")]
    public void ABodyOfAnotherShapeIsRefused(string body)
    {
        var error = Assert.Throws<AkoolWebhookException>(() => Reader().Read(body, null, SentAt));

        Assert.Equal("Akool.WebhookInvalidBody", error.ErrorId);
        Assert.Contains("signature, dataEncrypt, timestamp and nonce", error.Message);
    }

    [Fact]
    public void AnOldWebhookIsRefusedWhenAMaximumAgeIsGiven()
    {
        var reader = Reader();

        Assert.Equal("6b0a2a1d567c5fd7884c607a", reader.Read(HandCheckedBody, TimeSpan.FromMinutes(5), SentAt.AddMinutes(4)).Id);
        var error = Assert.Throws<AkoolWebhookException>(() => reader.Read(HandCheckedBody, TimeSpan.FromMinutes(5), SentAt.AddMinutes(6)));
        Assert.Equal("Akool.WebhookExpired", error.ErrorId);
    }

    [Fact]
    public void ASecretOfTheWrongLengthIsSaidPlainly()
    {
        var error = Assert.Throws<AkoolWebhookException>(() => Reader(secret: "short").Read(HandCheckedBody, null, SentAt));

        Assert.Equal("InvalidSecret", error.Reason);
        Assert.Contains("24", error.Message);
    }

    [Fact]
    public void AFailedJobsNoticeCarriesItsErrorAndVideoIdStandsInForAMissingId()
    {
        var reader = Reader();
        var body = AkoolPS.Simulator.WebhookMessage.Seal("""{"video_id":"v-77","video_status":4,"type":"lipsync","error_code":"1211","error_reason":"Creating lip sync errors"}""", ClientId, Secret, 1764288000123);

        var message = reader.Read(body, null, SentAt);

        Assert.Equal("v-77", message.Id);
        Assert.Equal(AkoolVideoStatus.Failed, message.Status);
        Assert.Equal(1211, message.ErrorCode);
        Assert.Equal("Creating lip sync errors", message.ErrorReason);
    }

    [Theory]
    [InlineData("""{"_id":"a","video_id":"b","status":3}""", "a")]
    [InlineData("""{"_id":"","video_id":"b","status":3}""", "b")]
    [InlineData("""{"_id":7,"video_id":"b","status":3}""", "b")]
    public void IdIsPreferredToVideoId(string plain, string id)
    {
        var reader = Reader();

        var message = reader.Read(AkoolPS.Simulator.WebhookMessage.Seal(plain, ClientId, Secret, 1764288000123), null, SentAt);

        Assert.Equal(id, message.Id);
        Assert.Null(message.ErrorCode);
        Assert.Null(message.ErrorReason);
    }

    [Theory]
    [InlineData("""{"status":3}""")]
    [InlineData("""{"video_id":"","status":3}""")]
    [InlineData("""{"video_id":{"x":1},"status":3}""")]
    public void ANoticeWithoutAnyIdIsRefused(string plain)
    {
        var reader = Reader();

        var error = Assert.Throws<AkoolWebhookException>(() => reader.Read(AkoolPS.Simulator.WebhookMessage.Seal(plain, ClientId, Secret, 1764288000123), null, SentAt));

        Assert.Equal("Akool.WebhookInvalidBody", error.ErrorId);
    }

    [Theory]
    [InlineData("""{"_id":"a","status":4,"error_code":{"nested":1},"error_reason":42}""")]
    [InlineData("""{"_id":"a","status":4,"error_code":"not a number","error_reason":"  "}""")]
    public void AnErrorOfAnotherShapeIsLeftOut(string plain)
    {
        var reader = Reader();

        var message = reader.Read(AkoolPS.Simulator.WebhookMessage.Seal(plain, ClientId, Secret, 1764288000123), null, SentAt);

        Assert.Null(message.ErrorCode);
        Assert.Null(message.ErrorReason);
        Assert.True(message.Fields.ContainsKey("error_code"));
    }

    [Theory]
    [InlineData("video translate", AkoolVideoKind.Translation)]
    [InlineData("talking photo", AkoolVideoKind.TalkingPhoto)]
    [InlineData("lipsync", AkoolVideoKind.LipSync)]
    [InlineData("background change", null)]
    [InlineData(null, null)]
    public void TheTypeNamesTheKind(string? type, AkoolVideoKind? kind) =>
        Assert.Equal(kind, AkoolPS.Client.Jobs.JobKinds.FromWebhookType(type));

    [Fact]
    public void ImageIsImageGenerationNotImageToVideo() =>
        Assert.NotEqual(AkoolVideoKind.ImageToVideo, AkoolPS.Client.Jobs.JobKinds.FromWebhookType("image"));
}
