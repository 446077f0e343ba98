using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.RabbitMq;

public sealed class RabbitMqModularTests
{
    [Fact]
    public async Task TwoModules_ThroughRabbitMq_SecondConsumesFirstsEventOnceInItsOwnInboxAndQueue()
    {
        var orders = RabbitMqTestBroker.UniqueName("orders");
        var billing = RabbitMqTestBroker.UniqueName("billing");
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await TwoModuleHost.StartAsync(database, orders, billing,
            m => m.UseRabbitMq(Broker),
            m => m.AddConsumer<OrderPlaced, SecondModuleHandler>("reserve-stock", sourceService: orders).UseRabbitMq(Broker));
        await using (var rabbit = await RawRabbit.ConnectAsync())
        {
            await Eventually.UntilAsync(async () => await rabbit.ConsumerCountAsync($"{billing}.reserve-stock") == 1, "billing consumes its own queue");
        }

        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();
        await host.PlaceAsync(first);
        await host.PlaceAsync(second);

        await Eventually.UntilAsync(async () => await host.QueryAsync<SecondModuleDbContext, int>(db => db.Effects.CountAsync()) == 2, "both events handled by billing");
        var handled = await host.QueryAsync<SecondModuleDbContext, List<Guid>>(db => db.Effects.Select(e => e.OrderId).ToListAsync());
        Assert.Equivalent(new[] { first, second }, handled);
        Assert.Equal(2, await host.QueryAsync<SecondModuleDbContext, int>(db => db.Set<InboxMessage>().CountAsync(m => m.Consumer == "reserve-stock")));
        Assert.Equal(0, await host.QueryAsync<MessagingTestDbContext, int>(db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(2, host.Probe.Calls.Count);
    }

    private static void Broker(Rampart.AspNetCore.Messaging.RabbitMq.RabbitMqOptions r)
    {
        r.Uri = RabbitMqTestBroker.Uri;
        r.RecoveryInterval = TimeSpan.FromMilliseconds(250);
        r.HealthCheckTimeout = TimeSpan.FromSeconds(1);
        r.ConnectionTimeout = TimeSpan.FromSeconds(2);
    }
}
