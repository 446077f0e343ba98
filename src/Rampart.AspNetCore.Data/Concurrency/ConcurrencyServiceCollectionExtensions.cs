using Rampart.AspNetCore.Data.Concurrency;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the HTTP side of optimistic concurrency.</summary>
public static class ConcurrencyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the exception handler that answers a <c>DbUpdateConcurrencyException</c> with 412 and an unhandled
    /// unique violation with 409 <c>data.unique_violation</c>. Needs <c>AddRampartProblemDetails()</c> and
    /// <c>UseExceptionHandler()</c>.
    /// </summary>
    public static IServiceCollection AddRampartConcurrency(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddExceptionHandler<DataExceptionHandler>();
        return services;
    }
}
