using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Mvc;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers idempotency keys.</summary>
public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>
    /// Adds idempotency keys stored in <typeparamref name="TContext"/>'s PostgreSQL database (map the table with
    /// <c>modelBuilder.AddRampartIdempotency()</c>), the clean-up worker and validated options, and makes
    /// <typeparamref name="TContext"/> join the transaction of a keyed request. Register <typeparamref name="TContext"/>
    /// first; call <see cref="JoinIdempotentRequests{TContext}"/> for every other DbContext a keyed endpoint writes
    /// through. Register another <see cref="IIdempotencyStore"/> before this call to replace the store.
    /// </summary>
    public static IServiceCollection AddRampartIdempotency<TContext>(this IServiceCollection services, Action<IdempotencyOptions>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IdempotencyOptions>()
            .BindConfiguration("Rampart:Idempotency")
            .Configure(configure ?? (_ => { }))
            .Validate(o => o.Retention > TimeSpan.Zero, "Rampart:Idempotency:Retention must be positive.")
            .Validate(o => o.MaxKeyLength is >= 1 and <= 255, "Rampart:Idempotency:MaxKeyLength must be from 1 to 255.")
            .Validate(o => o.CleanupInterval > TimeSpan.Zero, "Rampart:Idempotency:CleanupInterval must be positive.")
            .ValidateOnStart();
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdempotencyStore, PostgresIdempotencyStore<TContext>>();
        services.AddSingleton<IdempotencyCleanupService>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyCleanupService>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<MvcOptions>, DataMvcOptionsSetup>());
        return services.JoinIdempotentRequests<TContext>();
    }

    /// <summary>
    /// Makes <typeparamref name="TContext"/> (already registered with <c>AddDbContext</c> or <c>AddDbContextPool</c>, on
    /// the same database as the idempotency keys) join the transaction of a request that carries an
    /// <c>Idempotency-Key</c>: what the endpoint saves through it commits together with the stored response, or not at
    /// all. Outside keyed requests the context behaves as registered.
    /// </summary>
    public static IServiceCollection JoinIdempotentRequests<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<RequestTransaction>();
        services.TryAddScoped<IRequestTransaction>(sp => sp.GetRequiredService<RequestTransaction>());
        if (services.Any(d => d.ServiceType == typeof(JoinsIdempotentRequests<TContext>)))
        {
            return services;
        }

        var registration = services.LastOrDefault(d => d.ServiceType == typeof(TContext) && !d.IsKeyedService)
            ?? throw new InvalidOperationException(
                $"{typeof(TContext).Name} is not registered: call AddDbContext or AddDbContextPool for it before making it join idempotent requests.");
        var create = Factory(registration);
        services.Replace(ServiceDescriptor.Describe(typeof(TContext), provider =>
        {
            var context = (TContext)create(provider);
            provider.GetRequiredService<RequestTransaction>().Track(context);
            return context;
        }, registration.Lifetime));
        services.AddSingleton<JoinsIdempotentRequests<TContext>>();
        return services;
    }

    private static Func<IServiceProvider, object> Factory(ServiceDescriptor registration) => registration switch
    {
        { Lifetime: ServiceLifetime.Singleton } => throw new InvalidOperationException(
            $"{registration.ServiceType.Name} is a singleton: a DbContext that joins request transactions must be scoped."),
        { ImplementationFactory: { } factory } => factory,
        { ImplementationType: { } type } => provider => ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException($"{registration.ServiceType.Name} is registered in a way that cannot join request transactions."),
    };

    // Marks a DbContext type as joining, so a second call does not wrap its registration twice.
    private sealed class JoinsIdempotentRequests<TContext>;
}
