// The platform checks of the clean skeleton, which needs no database until it has a module.
#if !RAMPART_EXAMPLE_SHOP
using Microsoft.AspNetCore.Mvc.Testing;
using Rampart.LocalServers;

namespace Skeleton.Tests;

/// <summary>
/// The service in memory: with no database while it has no module, on the tests' PostgreSQL server once it has one;
/// with Redis configured, on the tests' Redis under a key prefix of its own.
/// </summary>
internal static class SkeletonFactory
{
    /// <summary>The environment variable naming the tests' PostgreSQL server; without it they start their own.</summary>
    public const string TestPostgresVariable = "SKELETON_TEST_POSTGRES";
#if RAMPART_CACHE_REDIS

    /// <summary>The environment variable naming the tests' Redis server (host:port); without it they start their own.</summary>
    public const string TestRedisVariable = "SKELETON_TEST_REDIS";
#endif

    // Program.cs requires ConnectionStrings:Database once its module list is not empty. These checks only ask the
    // server SELECT 1 (nothing is migrated), so the server's own database will do.
    private static bool HasModules => Directory.EnumerateFiles(AppContext.BaseDirectory, "Skeleton.Modules.*.dll").Any();

    public static async Task<WebApplicationFactory<Program>> CreateAsync()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (HasModules)
        {
            settings["ConnectionStrings:Database"] = await TestPostgres.ServerAsync(TestPostgresVariable);
        }
#if RAMPART_CACHE_REDIS

        settings["ConnectionStrings:Redis"] = await TestRedis.ServerAsync(TestRedisVariable);
        settings["Rampart:Redis:KeyPrefix"] = "test-" + Guid.NewGuid().ToString("N")[..12];
#endif
        return new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            foreach (var (name, value) in settings)
            {
                host.UseSetting(name, value);
            }
        });
    }
}
#endif
