using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Inbox;

public sealed class ModularMessagingTests
{
    [Fact]
    public async Task TwoModules_EventFromFirst_ConsumedOnceBySecondWithInboxInSecondSchema()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await TwoModuleHost.StartAsync(database, "orders", "billing",
            _ => { },
            m => m.AddConsumer<OrderPlaced, SecondModuleHandler>("reserve-stock"));
        var orderId = Guid.CreateVersion7();

        await host.PlaceAsync(orderId);

        await Eventually.UntilAsync(async () => await host.QueryAsync<SecondModuleDbContext, bool>(db => db.Effects.AnyAsync()), "billing handled the event");
        await Eventually.UntilAsync(
            async () => await host.QueryAsync<MessagingTestDbContext, bool>(db => db.Set<OutboxMessage>().AllAsync(m => m.Status == OutboxMessageStatus.Published)),
            "the orders outbox row is published");
        var effect = await host.QueryAsync<SecondModuleDbContext, TestEffect>(db => db.Effects.SingleAsync());
        Assert.Equal(orderId, effect.OrderId);
        var inbox = await host.QueryAsync<SecondModuleDbContext, InboxMessage>(db => db.Set<InboxMessage>().SingleAsync());
        Assert.Equal(("reserve-stock", InboxMessageStatus.Processed), (inbox.Consumer, inbox.Status));
        Assert.Equal(0, await host.QueryAsync<MessagingTestDbContext, int>(db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(0, await host.QueryAsync<SecondModuleDbContext, int>(db => db.Set<OutboxMessage>().CountAsync()));
        Assert.Single(host.Probe.Calls);
    }

    [Fact]
    public async Task TwoModules_SameConsumerNameInEach_EachGetsTheEventInItsOwnInbox()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await TwoModuleHost.StartAsync(database, "orders", "billing",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("audit"),
            m => m.AddConsumer<OrderPlaced, SecondModuleHandler>("audit"));

        await host.PlaceAsync(Guid.CreateVersion7());

        await Eventually.UntilAsync(
            async () => await host.QueryAsync<MessagingTestDbContext, bool>(db => db.Effects.AnyAsync())
                && await host.QueryAsync<SecondModuleDbContext, bool>(db => db.Effects.AnyAsync()),
            "both modules handled the event");
        Assert.Equal(1, await host.QueryAsync<MessagingTestDbContext, int>(db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(1, await host.QueryAsync<SecondModuleDbContext, int>(db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(2, host.Probe.Calls.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task TwoModules_ConsumerAnswersThroughItsOwnOutbox_AnswerCommittedOnlyWithTheEffectAndConsumedOnce(int failuresBeforeSuccess)
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await TwoModuleHost.StartAsync(database, "orders", "billing",
            m => m.AddConsumer<OrderAccepted, AcceptedHandler>("confirm-order", sourceService: "billing"),
            m => m.AddConsumer<OrderPlaced, AnsweringHandler>("accept-order", sourceService: "orders"));
        host.Probe.FailuresBeforeSuccess = failuresBeforeSuccess;
        var orderId = Guid.CreateVersion7();

        await host.PlaceAsync(orderId);

        await Eventually.UntilAsync(async () => await host.QueryAsync<MessagingTestDbContext, bool>(db => db.Effects.AnyAsync(e => e.Step == 2)), "orders consumed billing's answer");
        // The failed attempts wrote an effect and an answer too: both rolled back with their inbox row.
        Assert.Equal(1, await host.QueryAsync<SecondModuleDbContext, int>(db => db.Effects.CountAsync()));
        Assert.Equal(1, await host.QueryAsync<SecondModuleDbContext, int>(db => db.Set<OutboxMessage>().CountAsync()));
        Assert.Equal(failuresBeforeSuccess + 1, (await host.QueryAsync<SecondModuleDbContext, InboxMessage>(db => db.Set<InboxMessage>().SingleAsync())).Attempts);
        Assert.Equal(1, await host.QueryAsync<MessagingTestDbContext, int>(db => db.Effects.CountAsync(e => e.OrderId == orderId && e.Step == 2)));
        Assert.Equal("confirm-order", (await host.QueryAsync<MessagingTestDbContext, InboxMessage>(db => db.Set<InboxMessage>().SingleAsync())).Consumer);
    }

    [Fact]
    public async Task TwoModules_NonGenericOutbox_NotResolvableButEachGenericOneIs()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await TwoModuleHost.StartAsync(database, "orders", "billing", _ => { }, _ => { });
        await using var scope = host.Services.CreateAsyncScope();

        Assert.Null(scope.ServiceProvider.GetService<IOutbox>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IOutbox<MessagingTestDbContext>>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IOutbox<SecondModuleDbContext>>());
    }

    [Fact]
    public void AddRampartMessaging_SameDbContextTwice_Throws()
    {
        var services = new ServiceCollection();
        services.AddRampartMessaging<MessagingTestDbContext>(o => o.ServiceName = "orders");

        var error = Assert.Throws<InvalidOperationException>(() => services.AddRampartMessaging<MessagingTestDbContext>(o => o.ServiceName = "orders"));

        Assert.Contains("once per DbContext", error.Message, StringComparison.Ordinal);
    }
}
