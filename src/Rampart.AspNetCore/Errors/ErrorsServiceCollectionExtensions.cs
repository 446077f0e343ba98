using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Errors;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Rampart's problem details on the framework's <see cref="IProblemDetailsService"/>.</summary>
public static class ErrorsServiceCollectionExtensions
{
    /// <summary>
    /// Adds RFC 9457 problem details for every error path: <see cref="ErrorException"/> mapped by kind, and
    /// <c>instance</c> and <c>traceId</c> on every problem.
    /// </summary>
    public static IServiceCollection AddRampartProblemDetails(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ErrorExceptionHandler>();
        return services;
    }
}
