using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rampart.AspNetCore.Data.Idempotency;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers idempotency keys.</summary>
public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>
    /// Adds idempotency keys stored in <typeparamref name="TContext"/>'s PostgreSQL database (map the table with
    /// <c>modelBuilder.AddRampartIdempotency()</c>), the clean-up worker and validated options. Register another
    /// <see cref="IIdempotencyStore"/> before this call to replace the store.
    /// </summary>
    public static IServiceCollection AddRampartIdempotency<TContext>(this IServiceCollection services, Action<IdempotencyOptions>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IdempotencyOptions>()
            .BindConfiguration("Rampart:Idempotency")
            .Configure(configure ?? (_ => { }))
            .Validate(o => o.Retention > TimeSpan.Zero, "Rampart:Idempotency:Retention must be positive.")
            .Validate(o => o.LockTimeout > TimeSpan.Zero && o.LockTimeout < o.Retention,
                "Rampart:Idempotency:LockTimeout must be positive and shorter than Retention.")
            .Validate(o => o.MaxKeyLength is >= 1 and <= 255, "Rampart:Idempotency:MaxKeyLength must be from 1 to 255.")
            .Validate(o => o.CleanupInterval > TimeSpan.Zero, "Rampart:Idempotency:CleanupInterval must be positive.")
            .ValidateOnStart();
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdempotencyStore, PostgresIdempotencyStore<TContext>>();
        services.AddSingleton<IdempotencyCleanupService>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyCleanupService>());
        return services;
    }
}
