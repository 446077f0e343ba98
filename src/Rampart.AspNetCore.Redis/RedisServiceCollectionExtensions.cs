using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Health;
using Rampart.AspNetCore.RateLimiting;
using Rampart.AspNetCore.Redis;
using Rampart.AspNetCore.Redis.RateLimiting;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Moves the state instances must share to Redis.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Connects to <c>ConnectionStrings:Redis</c> (connecting in the background, failing fast while down; the cache and
    /// the backplane on connections of their own, which they close when they are disposed), binds <see cref="RampartRedisOptions"/> from <c>Rampart:Redis</c>, adds Redis to <c>/health/ready</c>, and
    /// moves to Redis: the rate limits of <c>AddRampartRateLimiting</c> (same partitions and limits, one window across
    /// every instance, falling back per <see cref="RampartRedisOptions.RateLimitsWhenDown"/>), the distributed tier of
    /// the cache (<c>IDistributedCache</c>, which <c>AddRampartCaching</c>'s HybridCache uses as its L2) and the SignalR
    /// backplane (a hub's clients on every instance). Call it after <c>AddRampartDefaults()</c>.
    /// </summary>
    public static IServiceCollection AddRampartRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRampartOptions<RampartRedisOptions>(RampartRedisOptions.SectionName);
        services.AddRampartOptions<RedisConnectionSettings>("ConnectionStrings");
        services.AddOptions<RampartRedisOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
        {
            if (string.IsNullOrEmpty(options.KeyPrefix))
            {
                options.KeyPrefix = environment.ApplicationName.ToLowerInvariant();
            }
        });
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisWindowCounter>();
        services.AddHostedService<RedisConnectOnStart>();
        services.AddHealthChecks().AddCheck<RedisReadinessCheck>(RedisReadinessCheck.Name, tags: [RampartHealthTags.Ready]);

        services.AddOptions<RateLimiterOptions>().PostConfigure<IOptions<RampartRateLimitingOptions>, IOptions<RampartRedisOptions>, IServiceProvider>(
            (limiter, rampart, redis, provider) =>
            {
                var counter = provider.GetRequiredService<RedisWindowCounter>();
                var outageMode = redis.Value.RateLimitsWhenDown;
                var partitioner = new CallerPartitioner(rampart.Value, (key, rule) => new SharedWindowLimiter(
                    key.ToString(), rule.PermitLimit, rule.Window, counter, outageMode, CallerPartitioner.LocalLimiter(key, rule)));
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, CallerPartitionKey>(partitioner.Partition);
            });

        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((cache, connection) =>
        {
            cache.ConnectionMultiplexerFactory = connection.ConnectOwnedAsync;
            cache.InstanceName = connection.KeyPrefix + ":cache:";
        });

        services.AddSignalR().AddStackExchangeRedis();
        services.AddOptions<RedisOptions>().Configure<RedisConnection>((backplane, connection) =>
        {
            backplane.Configuration.ChannelPrefix = RedisChannel.Literal(connection.KeyPrefix + ":signalr:");
            backplane.ConnectionFactory = _ => connection.ConnectOwnedAsync();
        });
        return services;
    }
}
