using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Rampart.AspNetCore.Redis;

/// <summary>
/// The process's connections to Redis. <see cref="Multiplexer"/> is the shared one of the limiter and the readiness
/// check; the distributed cache and the SignalR backplane each get one of their own from <see cref="ConnectOwnedAsync"/>,
/// because each closes the connection it is given when the container disposes it, in whatever order that is, and the
/// backplane unsubscribes on its own connection first. Every connection connects in the background (a service starts
/// while Redis is down and catches up when it comes) and fails commands at once while disconnected instead of queueing
/// them, so a Redis outage costs a request nothing but the fallback.
/// </summary>
internal sealed partial class RedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;
    private readonly Func<ConfigurationOptions> _options;
    private readonly ILogger<RedisConnection> _logger;
    private int _down;

    public RedisConnection(IConfiguration configuration, IOptions<RampartRedisOptions> options, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        var settings = options.Value;
        KeyPrefix = settings.KeyPrefix;
        // Read now, parsed on first use: building the service provider (EF Core's design-time tools, a DbContext whose
        // interceptors reach the cache) must not need Redis settings; a service that starts has them validated first.
        var connectionString = configuration.GetConnectionString("Redis");
        var timeout = (int)settings.OperationTimeout.TotalMilliseconds;
        _options = () => Options(connectionString, timeout);
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => Watch(ConnectionMultiplexer.Connect(_options())), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The prefix of this service's keys and channels.</summary>
    public string KeyPrefix { get; }

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    /// <summary>
    /// A connection of its own, with the same settings and outage reporting, for a library that disposes the connection
    /// it is given (the distributed cache, the SignalR backplane): the caller owns it.
    /// </summary>
    public async Task<IConnectionMultiplexer> ConnectOwnedAsync() =>
        Watch(await ConnectionMultiplexer.ConnectAsync(_options()).ConfigureAwait(false));

    /// <summary>True when a command can be sent now; false while the connection is down (callers fall back at once).</summary>
    public bool IsConnected => Multiplexer.IsConnected;

    /// <summary>Records a failed call: the first failure of an outage is logged, the rest are not.</summary>
    public void ReportFailure(string what, Exception? exception)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogDown(_logger, what, exception);
        }
    }

    /// <summary>Records a successful call: ends an outage, once.</summary>
    public void ReportSuccess()
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogBack(_logger);
        }
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }

    private ConfigurationOptions Options(string? connectionString, int timeout)
    {
        var redis = ConfigurationOptions.Parse(
            string.IsNullOrWhiteSpace(connectionString) ? throw new InvalidOperationException("ConnectionStrings:Redis is missing.") : connectionString);
        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        redis.ConnectTimeout = Math.Max(redis.ConnectTimeout, timeout);
        redis.SyncTimeout = timeout;
        redis.AsyncTimeout = timeout;
        redis.ChannelPrefix = RedisChannel.Literal(KeyPrefix + ":");
        return redis;
    }

    private ConnectionMultiplexer Watch(ConnectionMultiplexer multiplexer)
    {
        multiplexer.ConnectionFailed += (_, e) => ReportFailure("the connection", e.Exception);
        multiplexer.ConnectionRestored += (_, _) => ReportSuccess();
        return multiplexer;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Redis is unreachable ({What} failed): rate limits fall back and reads go to the database until it is back")]
    private static partial void LogDown(ILogger logger, string what, Exception? exception);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Redis is reachable again: shared rate limits and the shared cache resume")]
    private static partial void LogBack(ILogger logger);
}
