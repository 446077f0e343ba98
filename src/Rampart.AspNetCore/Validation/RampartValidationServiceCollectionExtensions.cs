using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers validation at the gate for minimal APIs.</summary>
public static class RampartValidationServiceCollectionExtensions
{
    /// <summary>
    /// Reads request bodies with <see cref="StrictJson"/>, makes binding failures throw so the problem-details
    /// handlers can answer 400 with field errors (never 500), and turns on .NET's built-in validation
    /// (<c>AddValidation</c>, DataAnnotations, source-generated). The validation source generator only finds
    /// request types in the project that calls <c>AddValidation()</c>, so a service project calls
    /// <c>builder.Services.AddValidation()</c> itself as well.
    /// </summary>
    public static IServiceCollection AddRampartValidation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.ConfigureHttpJsonOptions(options => StrictJson.Apply(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddValidation();
        return services;
    }
}
