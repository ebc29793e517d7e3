using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>
/// Webhooks end to end: a local receiver gets the posts, and the test checks them with its own SHA-1 and AES
/// code (<see cref="WebhookOpener"/>). Deliveries are polled for with deadlines, never slept for.
/// </summary>
public sealed class WebhookTests(ClockedSimulator shared) : IClassFixture<ClockedSimulator>
{
    [Theory]
    [InlineData(Kinds.Translation)]
    [InlineData(Kinds.TalkingPhoto)]
    [InlineData(Kinds.LipSync)]
    [InlineData(Kinds.ImageToVideo)]
    public async Task Each_kind_posts_processing_then_completed_signed_and_encrypted_as_documented(string kind)
    {
        var (sim, clock, receiver) = (shared.Fresh(), shared.Clock, shared.Receiver);
        var id = await Kinds.CreateAsync(sim, kind, receiver.Url);

        clock.AdvanceMs(1000);
        var processing = (await receiver.WaitForAsync(1))[0];
        var opened = WebhookOpener.Open(processing.Body);
        Assert.Equal((id, 2, Kinds.WebhookType(kind), ""), (opened.Id, opened.Status, opened.Type, opened.Url));
        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds(), opened.Timestamp);
        Assert.Equal(("/hook", "application/json"), (processing.Path, processing.ContentType?.Split(';')[0]));

        clock.AdvanceMs(2000);
        var completed = WebhookOpener.Open((await receiver.WaitForAsync(2))[1].Body);
        Assert.Equal((id, 3, Kinds.WebhookType(kind)), (completed.Id, completed.Status, completed.Type));
        Assert.Equal((await Kinds.ReadAsync(sim, kind, id)).Url, completed.Url);
        Assert.Equal(sim.State.Config.ResultSizeBytes, (await sim.Http.GetByteArrayAsync(completed.Url)).Length);

        var deliveries = await sim.WaitForDeliveriesAsync(2);
        Assert.Equal([(2, 1, 200), (3, 1, 200)], deliveries.Select(d => (d.Status, d.Attempt, d.HttpStatus ?? 0)));
        Assert.All(deliveries, d => Assert.Null(d.Error));
        Assert.Equal(receiver.Received.Select(r => r.Body), deliveries.Select(d => d.Body));
        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task A_failed_job_posts_processing_then_failed_with_no_url()
    {
        var (sim, clock, receiver) = (shared.Fresh(), shared.Clock, shared.Receiver);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 10_000 });
        var id = await Kinds.CreateAsync(sim, Kinds.TalkingPhoto, receiver.Url);
        clock.AdvanceMs(2000);
        await receiver.WaitForAsync(1);

        using var failed = await sim.AdminAsync(HttpMethod.Post, $"jobs/{id}", new { fail = new { errorCode = 1015 } });

        var notices = (await receiver.WaitForAsync(2)).Select(r => WebhookOpener.Open(r.Body)).ToList();
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal([(2, ""), (4, "")], notices.Select(n => (n.Status, n.Url)));
    }

    [Fact]
    public async Task A_job_that_finishes_between_two_looks_still_reports_processing_first()
    {
        var (sim, receiver) = (shared.Fresh(), shared.Receiver);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 0 });
        await Kinds.CreateAsync(sim, Kinds.LipSync);
        var id = await Kinds.CreateAsync(sim, Kinds.LipSync, receiver.Url);

        var notices = (await receiver.WaitForAsync(2)).Select(r => WebhookOpener.Open(r.Body)).ToList();

        Assert.Equal([(id, 2), (id, 3)], notices.Select(n => (n.Id, n.Status)));
        Assert.All(await sim.WaitForDeliveriesAsync(2), d => Assert.Equal(id, d.JobId));
    }

    [Fact]
    public async Task A_receiver_that_answers_500_gets_the_same_notice_again()
    {
        var (sim, receiver) = (shared.Fresh(), shared.Receiver);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 0, WebhookRetryDelayMs = 10 });
        receiver.AnswerNext(500);

        var id = await Kinds.CreateAsync(sim, Kinds.ImageToVideo, receiver.Url);

        var received = await receiver.WaitForAsync(3);
        Assert.Equal([500, 200, 200], received.Select(r => r.AnsweredWith));
        Assert.Equal(received[0].Body, received[1].Body);
        Assert.Equal([2, 2, 3], received.Select(r => WebhookOpener.Open(r.Body).Status));
        var deliveries = await sim.WaitForDeliveriesAsync(3);
        Assert.All(deliveries, d => Assert.Equal(id, d.JobId));
        Assert.Equal([(2, 1, 500, "HTTP 500"), (2, 2, 200, null), (3, 1, 200, null)], deliveries.Select(d => (d.Status, d.Attempt, d.HttpStatus, d.Error)));
    }

    [Fact]
    public async Task An_unreachable_receiver_is_tried_the_configured_number_of_times_per_notice()
    {
        var sim = shared.Fresh();
        sim.State.UpdateConfig(c => c with { JobDurationMs = 0, WebhookAttempts = 3, WebhookRetryDelayMs = 5 });
        var id = await Kinds.CreateAsync(sim, Kinds.Translation, $"http://127.0.0.1:{ClosedPort()}/hook");

        var deliveries = await sim.WaitForDeliveriesAsync(6);

        Assert.All(deliveries, d => Assert.Equal(id, d.JobId));
        Assert.Equal([(2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3)], deliveries.Select(d => (d.Status, d.Attempt)));
        Assert.All(deliveries, d => Assert.Null(d.HttpStatus));
        Assert.All(deliveries, d => Assert.False(string.IsNullOrEmpty(d.Error)));
    }

    [Theory]
    [InlineData("__admin/reset")]
    [InlineData("%5F%5Fadmin/reset")]
    [InlineData("x/../__ADMIN/faults")]
    public async Task Webhooks_never_reach_an_admin_path(string path)
    {
        var sim = shared.Fresh();
        sim.State.UpdateConfig(c => c with { JobDurationMs = 0 });
        sim.State.AddFault(new FaultRule { Path = "/files/*", Kind = FaultKind.Delay, DelayMs = 0, Times = 0 });
        var id = await Kinds.CreateAsync(sim, Kinds.TalkingPhoto, sim.Server.BaseUri + path);

        var deliveries = await sim.WaitForDeliveriesAsync(2);

        Assert.All(deliveries, d => Assert.Equal(id, d.JobId));
        Assert.Equal([(2, 1), (3, 1)], deliveries.Select(d => (d.Status, d.Attempt)));
        Assert.All(deliveries, d => Assert.Equal("not sent: /__admin paths belong to the simulator", d.Error));
        Assert.Single(sim.State.GetFaults());
        Assert.Single(sim.State.GetJobs());
    }

    [Fact]
    public async Task The_admin_routes_list_and_clear_deliveries_and_reset_clears_them_too()
    {
        var (sim, receiver) = (shared.Fresh(), shared.Receiver);
        sim.State.UpdateConfig(c => c with { JobDurationMs = 0 });
        var id = await Kinds.CreateAsync(sim, Kinds.Translation, receiver.Url);
        await sim.WaitForDeliveriesAsync(2);

        var listed = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, $"webhooks?jobId={id}"));
        var none = await TestSimulator.ReadJsonAsync(await sim.AdminAsync(HttpMethod.Get, "webhooks?jobId=0123456789abcdef01234567"));
        using var cleared = await sim.AdminAsync(HttpMethod.Delete, "webhooks");

        Assert.Equal(2, listed.GetArrayLength());
        var first = listed[0];
        Assert.Equal(["jobId", "status", "url", "attempt", "httpStatus", "error", "time", "body"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal((id, 2, receiver.Url, 1, 200), (first.GetProperty("jobId").GetString(), first.GetProperty("status").GetInt32(),
            first.GetProperty("url").GetString(), first.GetProperty("attempt").GetInt32(), first.GetProperty("httpStatus").GetInt32()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        Assert.Equal(receiver.Received[0].Body, first.GetProperty("body").GetString());
        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(sim.State.GetWebhookDeliveries());

        await Kinds.CreateAsync(sim, Kinds.Translation, receiver.Url);
        await sim.WaitForDeliveriesAsync(2);
        sim.State.Reset();
        Assert.Empty(sim.State.GetWebhookDeliveries());
    }

    [Fact]
    public async Task A_bad_key_pair_is_reported_in_the_journal_instead_of_sending_garbage()
    {
        shared.Fresh();
        var receiver = shared.Receiver;
        await using var sim = await TestSimulator.StartAsync(new SimulatorOptions { JobDurationMs = 0, ClientId = "short-id" });
        await Kinds.CreateAsync(sim, Kinds.LipSync, receiver.Url);

        var deliveries = await sim.WaitForDeliveriesAsync(2);

        Assert.All(deliveries, d => Assert.Equal("not sent: the clientId is 8 bytes, but the AES IV must be 16", d.Error));
        Assert.Empty(receiver.Received);
    }

    // A port nothing listens on: bound then released, so connecting is refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
