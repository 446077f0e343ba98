using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Mvc;
using Rampart.AspNetCore.Data.OpenApi;
using Rampart.AspNetCore.Errors;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the HTTP side of optimistic concurrency.</summary>
public static class ConcurrencyServiceCollectionExtensions
{
    /// <summary>
    /// Teaches the edge's problem details the data failures a use case did not translate: a
    /// <c>DbUpdateConcurrencyException</c> answers 412, an unhandled unique violation 409 <c>data.unique_violation</c>,
    /// an unreachable database 503 <c>data.unavailable</c>. Needs <c>AddRampartProblemDetails()</c> and
    /// <c>UseExceptionHandler()</c>; the order of registration does not matter.
    /// </summary>
    public static IServiceCollection AddRampartConcurrency(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionClassifier, DataExceptionClassifier>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<MvcOptions>, DataMvcOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<OpenApiOptions>, DataOpenApiOptionsSetup>());
        return services;
    }
}
