using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.AspNetCore.Messaging.Webhooks;
using Rampart.AspNetCore.Resilience;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Webhooks;

/// <summary>The sending side: deliveries committed with the change in real PostgreSQL, posted to a real receiver.</summary>
public sealed class WebhookSenderTests
{
    private static readonly string Secret = WebhookSecret.Generate();

    [Fact]
    public async Task Sender_DeliveryCommittedWithTheChange_ArrivesSignedAndIsMarkedDelivered()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartSenderAsync(database, receiver.Url);

        var id = await PlaceOrderAsync(host, "A-1");

        await Eventually.UntilAsync(() => receiver.Handled.Count == 1, "the receiver handled the delivery");
        var (deliveryId, body) = receiver.Handled.Single();
        Assert.Equal(id.ToString(), deliveryId);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("order.confirmed", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("A-1", json.RootElement.GetProperty("data").GetProperty("number").GetString());
        await Eventually.UntilAsync(async () => (await DeliveryAsync(host, id)).Status == WebhookDeliveryStatus.Delivered, "the row marked delivered");
    }

    [Fact]
    public async Task Sender_ChangeRolledBack_EnqueuesNothing()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret);
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartSenderAsync(database, receiver.Url);
        await PlaceOrderAsync(host, "A-1");

        await Assert.ThrowsAsync<DbUpdateException>(() => PlaceOrderAsync(host, "A-1"));

        Assert.Equal(1, await host.QueryAsync(db => db.Set<WebhookDelivery>().CountAsync()));
    }

    [Fact]
    public async Task Sender_ReceiverDownThenBack_TheDeliveryArrivesOnce()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret, ReceiverMode.Down);
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartSenderAsync(database, receiver.Url);
        var id = await PlaceOrderAsync(host, "A-1");
        await Eventually.UntilAsync(async () => (await DeliveryAsync(host, id)).Attempts >= 2, "two failed attempts while the receiver is down");

        receiver.Mode = ReceiverMode.Accept;

        await Eventually.UntilAsync(async () => (await DeliveryAsync(host, id)).Status == WebhookDeliveryStatus.Delivered, "delivered once the receiver is back");
        Assert.Single(receiver.Handled);
        Assert.Equal(1, await receiver.EffectsAsync());
        Assert.NotNull((await DeliveryAsync(host, id)).LastError);
    }

    [Fact]
    public async Task Sender_FailingReceiver_OpensTheCircuitWhileOrdersStillCommitFast()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret, ReceiverMode.Down);
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartSenderAsync(database, receiver.Url, maxAttempts: 4, breakDuration: TimeSpan.FromSeconds(30));
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await PlaceOrderAsync(host, $"A-{i}"));
        }

        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<WebhookDelivery>().CountAsync(d => d.Status == WebhookDeliveryStatus.Exhausted)) == ids.Count,
            "every delivery exhausted and kept");
        var deliveries = await host.QueryAsync(db => db.Set<WebhookDelivery>().ToListAsync());
        Assert.Contains(deliveries, d => d.LastError!.Contains("circuit", StringComparison.OrdinalIgnoreCase));
        Assert.All(deliveries, d => Assert.Equal(4, d.Attempts));
        Assert.True(receiver.Requests < ids.Count * 4 * 3, $"the open circuit spared the receiver: {receiver.Requests} requests");
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 2102);
        Assert.Equal(ids.Count, await host.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task Sender_SlowReceiver_DoesNotHoldUpTheOutboxRelayOrItsConsumers()
    {
        await using var receiver = await WebhookReceiverApp.StartAsync(Secret, ReceiverMode.Slow);
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartSenderAsync(database, receiver.Url, attemptTimeout: TimeSpan.FromSeconds(20),
            messaging: m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"));
        await PlaceOrderAsync(host, "A-1");
        await Eventually.UntilAsync(() => receiver.Requests >= 1, "the webhook post is in flight");

        await host.WriteAsync(Enumerable.Range(1, 5).Select(step => (Guid.CreateVersion7(), step)));

        await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == 5, "events handled while the receiver stalls");
        Assert.Empty(receiver.Handled);
    }

    private static async Task<MessagingHost> StartSenderAsync(
        MessagingDatabase database, Uri url, int maxAttempts = 10, TimeSpan? attemptTimeout = null, Action<MessagingBuilder>? messaging = null, TimeSpan? breakDuration = null) =>
        await MessagingHost.StartAsync(database.ConnectionString, "orders", messaging, services: services =>
        {
            services.AddRampartWebhookSender<MessagingTestDbContext>("shop", o =>
            {
                o.Url = url;
                o.Secrets.Add(Secret);
                o.MaxAttempts = maxAttempts;
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
                o.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
            }, Fast(attemptTimeout ?? TimeSpan.FromSeconds(2), breakDuration ?? TimeSpan.FromMilliseconds(500)));
            services.Configure<WebhookDispatcherOptions>(o => o.PollInterval = TimeSpan.FromMilliseconds(50));
        });

    private static Action<OutboundResilienceOptions> Fast(TimeSpan attemptTimeout, TimeSpan breakDuration) => o =>
    {
        o.AttemptTimeout = attemptTimeout;
        o.TotalTimeout = attemptTimeout * 3;
        o.SamplingDuration = attemptTimeout * 2 > TimeSpan.FromSeconds(30) ? attemptTimeout * 2 : TimeSpan.FromSeconds(30);
        o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        o.RetryMaxDelay = TimeSpan.FromMilliseconds(50);
        o.BreakDuration = breakDuration;
    };

    private static async Task<Guid> PlaceOrderAsync(MessagingHost host, string number)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        var webhooks = scope.ServiceProvider.GetRequiredService<IWebhookOutbox>();
        db.Orders.Add(new TestOrder { Number = number });
        var id = webhooks.Enqueue("shop", "order.confirmed", new { Number = number });
        await db.SaveChangesAsync();
        return id;
    }

    private static Task<WebhookDelivery> DeliveryAsync(MessagingHost host, Guid id) =>
        host.QueryAsync(db => db.Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.Id == id));
}
