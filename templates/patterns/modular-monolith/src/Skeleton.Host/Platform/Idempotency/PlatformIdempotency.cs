using Skeleton.SharedKernel;

namespace Skeleton.Host.Platform.Idempotency;

/// <summary>Idempotency keys for every module: <c>.WithIdempotency()</c> / <c>.RequireIdempotencyKey()</c> on an endpoint.</summary>
internal static class PlatformIdempotency
{
    public static IServiceCollection AddPlatformIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PlatformDbContext>(configuration, PlatformDbContext.Schema);
        services.AddRampartIdempotency<PlatformDbContext>();
        return services;
    }
}
