namespace AkoolPS.Simulator.Tests;

/// <summary>VoiceLab jobs post the documented notices: type "audio", the audio (or the clone's sample) as the url.</summary>
public sealed class VoiceLabWebhookTests(ClockedSimulator shared) : IClassFixture<ClockedSimulator>
{
    [Theory]
    [InlineData("/api/open/v4/voice/tts", "speech.mp3")]
    [InlineData("/api/open/v4/voice/change", "changed.mp3")]
    [InlineData("/api/open/v4/voice/clone", "preview.mp3")]
    public async Task Each_VoiceLab_kind_posts_processing_then_completed_as_audio(string path, string file)
    {
        var (sim, clock, receiver) = (shared.Fresh(), shared.Clock, shared.Receiver);
        object body = path.EndsWith("tts", StringComparison.Ordinal)
            ? new { input_text = "Hello.", voice_id = "akool-voice-00000000", webhookUrl = receiver.Url }
            : new { voice_id = "akool-voice-00000000", source_voice_file = "https://example.com/me.mp3", webhookUrl = receiver.Url };
        if (path.EndsWith("clone", StringComparison.Ordinal))
        {
            body = new { source_voice_file = "https://example.com/me.mp3", webhookUrl = receiver.Url };
        }

        var id = Kinds.Data(await sim.PostAsync(path, body)).GetProperty("_id").GetString()!;
        clock.AdvanceMs(ClockedSimulator.JobDurationMs + 1000);
        var posts = await receiver.WaitForAsync(2);

        var processing = WebhookOpener.Open(posts[0].Body);
        var completed = WebhookOpener.Open(posts[1].Body);
        Assert.Equal((id, 2, "audio", ""), (processing.Id, processing.Status, processing.Type, processing.Url));
        Assert.Equal((id, 3, "audio"), (completed.Id, completed.Status, completed.Type));
        Assert.EndsWith($"/files/{id}/{file}", completed.Url, StringComparison.Ordinal);
        var audio = await sim.Http.GetByteArrayAsync(completed.Url);
        Assert.Equal("ID3"u8.ToArray(), audio[..3]);
    }
}
