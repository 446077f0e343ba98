using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Tests.Support;

namespace Rampart.AspNetCore.Messaging.Tests.Webhooks;

public sealed class WebhookOptionsTests
{
    [Fact]
    public async Task Start_SenderWithoutUrlOrSecret_FailsNamingBothSettings()
    {
        using var host = Build(s => s.AddRampartWebhookSender<MessagingTestDbContext>("shop", _ => { }));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Webhooks:shop:Url", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Webhooks:shop:Secrets", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ReceiverWithAMalformedSecret_FailsNamingIt()
    {
        using var host = Build(s => s.AddRampartWebhookReceiver<MessagingTestDbContext>("shop", o => o.Secrets.Add("not-a-secret")));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Webhooks:shop:Secrets:0 is invalid", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSender_SameNameTwice_Throws()
    {
        var services = new ServiceCollection();
        services.AddRampartWebhookSender<MessagingTestDbContext>("shop", _ => { });

        Assert.Throws<InvalidOperationException>(() => services.AddRampartWebhookSender<MessagingTestDbContext>("shop", _ => { }));
    }

    private static IHost Build(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDbContext<MessagingTestDbContext>(o => MessagingDatabase.Configure(o, "Host=localhost"));
        configure(builder.Services);
        return builder.Build();
    }
}
