using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Entities;

namespace Rampart.AspNetCore.Data;

/// <summary>Wires Rampart's data conventions into a <see cref="DbContextOptionsBuilder"/>.</summary>
public static class RampartDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Adds the save interceptor that maintains version, timestamps (from the registered <see cref="TimeProvider"/>,
    /// else the system clock) and soft delete, and names tables, columns, keys, foreign keys and indexes in snake_case
    /// (<c>products</c>, <c>created_at</c>, <c>pk_products</c>, <c>ix_products_sku</c>) through EFCore.NamingConventions;
    /// names set with <c>ToTable</c>, <c>HasColumnName</c> or <c>HasDatabaseName</c> are kept. Call inside
    /// <c>AddDbContext((services, options) =&gt; …)</c> and in the context's design-time factory, so that migrations
    /// see the same names. When <c>AddRampartCaching</c> is registered, also removes the cached entries of every cached
    /// entity a save changes, once the change is committed.
    /// </summary>
    public static TBuilder UseRampartData<TBuilder>(this TBuilder options, IServiceProvider services)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        options
            .AddInterceptors(new EntityStateInterceptor(time))
            .UseSnakeCaseNamingConvention();

        // With AddRampartCaching: cached entities' entries go after every committed write.
        if (services.GetService<CacheInvalidationInterceptor>() is { } invalidation)
        {
            options.AddInterceptors(invalidation, services.GetRequiredService<CommittedTransactionInterceptor>());
        }

        return options;
    }
}
