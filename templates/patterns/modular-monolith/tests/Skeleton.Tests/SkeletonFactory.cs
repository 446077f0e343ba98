// The platform checks of the clean skeleton, which needs no database.
#if !RAMPART_EXAMPLE_SHOP
using Microsoft.AspNetCore.Mvc.Testing;
#if RAMPART_CACHE_REDIS
using Rampart.LocalServers;
#endif

namespace Skeleton.Tests;

/// <summary>The service in memory with no database; with Redis configured, on the tests' Redis under a key prefix of its own.</summary>
internal static class SkeletonFactory
{
#if RAMPART_CACHE_REDIS
    /// <summary>The environment variable naming the tests' Redis server (host:port); without it they start their own.</summary>
    public const string TestRedisVariable = "SKELETON_TEST_REDIS";

    public static async Task<WebApplicationFactory<Program>> CreateAsync()
    {
        var redis = await TestRedis.ServerAsync(TestRedisVariable);
        var prefix = "test-" + Guid.NewGuid().ToString("N")[..12];
        return new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:Redis", redis)
            .UseSetting("Rampart:Redis:KeyPrefix", prefix));
    }
#else
    public static Task<WebApplicationFactory<Program>> CreateAsync() => Task.FromResult(new WebApplicationFactory<Program>());
#endif
}
#endif
