using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Tests.Support;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

public sealed class MessagingOptionsTests
{
    [Fact]
    public async Task Start_InvalidMessagingSettings_FailsNamingEachSetting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => MessagingHost.StartAsync(
            "Host=127.0.0.1;Database=unused", "Orders Service", options: o =>
            {
                o.BatchSize = 0;
                o.RetryMaxDelay = TimeSpan.FromMilliseconds(1);
            }));

        Assert.Contains(failure.Failures, f => f.Contains("Messaging:ServiceName 'Orders Service'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Messaging:BatchSize", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Messaging:RetryMaxDelay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_RabbitMqWithoutUri_FailsNamingTheSetting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => MessagingHost.StartAsync(
            "Host=127.0.0.1;Database=unused", "orders", m => m.UseRabbitMq(r => r.PrefetchCount = 0)));

        Assert.Contains(failure.Failures, f => f.Contains("RabbitMq:Uri", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("RabbitMq:PrefetchCount", StringComparison.Ordinal));
    }

    [Fact]
    public void AddConsumer_SameNameTwice_Rejected()
    {
        var services = new ServiceCollection();
        var builder = services.AddRampartMessaging<MessagingTestDbContext>(o => o.ServiceName = "orders")
            .AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock");

        var failure = Assert.Throws<InvalidOperationException>(() => builder.AddConsumer<OrderPlaced, ExplodingHandler>("reserve-stock"));

        Assert.Contains("'reserve-stock'", failure.Message, StringComparison.Ordinal);
    }
}
