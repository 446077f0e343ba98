using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Messaging.Outbox;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>
/// One application with two modules in one database: "orders" on <see cref="MessagingTestDbContext"/> and "billing"
/// on <see cref="SecondModuleDbContext"/>, each with its own messaging registration.
/// </summary>
public sealed class TwoModuleHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TwoModuleHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public ConsumerProbe Probe => Services.GetRequiredService<ConsumerProbe>();

    public static async Task<TwoModuleHost> StartAsync(
        MessagingDatabase database,
        string ordersService,
        string billingService,
        Action<MessagingBuilder> orders,
        Action<MessagingBuilder> billing)
    {
        await using (var second = CreateSecond(database.ConnectionString))
        {
            await second.Database.MigrateAsync();
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<ConsumerProbe>();
        builder.Services.AddDbContext<MessagingTestDbContext>(o => MessagingDatabase.Configure(o, database.ConnectionString));
        builder.Services.AddDbContext<SecondModuleDbContext>(o => ConfigureSecond(o, database.ConnectionString));
        orders(builder.Services.AddRampartMessaging<MessagingTestDbContext>(o => Fast(o, ordersService)));
        billing(builder.Services.AddRampartMessaging<SecondModuleDbContext>(o => Fast(o, billingService)));
        var host = builder.Build();
        await host.StartAsync();
        return new TwoModuleHost(host);
    }

    public async Task PlaceAsync(Guid orderId)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IOutbox<MessagingTestDbContext>>().Add(new OrderPlaced(orderId, 1), orderId.ToString());
        await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().SaveChangesAsync();
    }

    public async Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> query)
        where TContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }

    private static SecondModuleDbContext CreateSecond(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SecondModuleDbContext>();
        ConfigureSecond(options, connectionString);
        return new SecondModuleDbContext(options.Options);
    }

    /// <summary>The one configuration of the second module's context, for this host and for the migrations tooling.</summary>
    public static void ConfigureSecond(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, n => n.MigrationsHistoryTable("__ef_migrations_history", SecondModuleDbContext.Schema));

    private static void Fast(MessagingOptions o, string service)
    {
        o.ServiceName = service;
        o.PollInterval = TimeSpan.FromMilliseconds(50);
        o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        o.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
        o.DeliveryRetryBaseDelay = TimeSpan.FromMilliseconds(10);
        o.TransportUnavailableDelay = TimeSpan.FromMilliseconds(200);
    }
}
