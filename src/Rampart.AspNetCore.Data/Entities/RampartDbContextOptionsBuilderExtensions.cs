using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Entities;

namespace Rampart.AspNetCore.Data;

/// <summary>Wires Rampart's data conventions into a <see cref="DbContextOptionsBuilder"/>.</summary>
public static class RampartDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Adds the save interceptor that maintains version, timestamps (from the registered <see cref="TimeProvider"/>,
    /// else the system clock) and soft delete. Also accepts hand-written migrations without a model snapshot
    /// (see the migrations building block). Call inside <c>AddDbContext((services, options) =&gt; …)</c>.
    /// </summary>
    public static TBuilder UseRampartData<TBuilder>(this TBuilder options, IServiceProvider services)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        options
            .AddInterceptors(new EntityStateInterceptor(time))
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }
}
