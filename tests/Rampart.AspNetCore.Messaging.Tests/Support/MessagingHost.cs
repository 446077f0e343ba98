using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A running service instance for a test: DbContext, messaging with fast timings, optional RabbitMQ.</summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MessagingHost(IHost host, CapturedLogs logs)
    {
        _host = host;
        Logs = logs;
    }

    /// <summary>Everything the host logged.</summary>
    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    public ConsumerProbe Probe => Services.GetRequiredService<ConsumerProbe>();

    public static async Task<MessagingHost> StartAsync(
        string connectionString,
        string serviceName,
        Action<MessagingBuilder>? messaging = null,
        Action<MessagingOptions>? options = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var logs = new CapturedLogs();
        builder.Services.AddLogging(logging =>
        {
            logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug).AddFilter("Microsoft", LogLevel.Warning);
            // Set RAMPART_TEST_LOGS=1 to see the building block's logs while debugging a test.
            if (Environment.GetEnvironmentVariable("RAMPART_TEST_LOGS") == "1")
            {
                logging.AddSimpleConsole();
            }
        });
        builder.Services.AddSingleton<ConsumerProbe>();
        builder.Services.AddDbContext<MessagingTestDbContext>(o => MessagingDatabase.Configure(o, connectionString));
        var messagingBuilder = builder.Services.AddRampartMessaging<MessagingTestDbContext>(o =>
        {
            o.ServiceName = serviceName;
            o.PollInterval = TimeSpan.FromMilliseconds(50);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
            o.DeliveryRetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.TransportUnavailableDelay = TimeSpan.FromMilliseconds(200);
            options?.Invoke(o);
        });
        messaging?.Invoke(messagingBuilder);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new MessagingHost(host, logs);
    }

    public async Task WriteAsync(IEnumerable<(Guid OrderId, int Step)> events)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Rampart.AspNetCore.Messaging.Outbox.IOutbox>();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        foreach (var (orderId, step) in events)
        {
            outbox.Add(new OrderPlaced(orderId, step), orderId.ToString());
        }

        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<MessagingTestDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
