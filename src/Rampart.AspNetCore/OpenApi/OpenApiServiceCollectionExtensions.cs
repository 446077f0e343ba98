using Rampart.AspNetCore.OpenApi;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OpenAPI document.</summary>
public static class RampartOpenApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the framework's OpenAPI document <c>v1</c> with the edge's problem responses on every operation and the
    /// <c>Bearer</c> security scheme on every operation that requires authorization. Pair with <c>app.MapRampartOpenApi()</c>.
    /// </summary>
    public static IServiceCollection AddRampartOpenApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenApi("v1", options => options
            .AddOperationTransformer<BearerSecurityTransformer>()
            .AddDocumentTransformer<ProblemResponsesTransformer>()
            .AddDocumentTransformer<BearerSecurityTransformer>());
        return services;
    }
}
