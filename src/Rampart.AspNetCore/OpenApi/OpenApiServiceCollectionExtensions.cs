using Asp.Versioning;
using Rampart.AspNetCore.OpenApi;
using Rampart.AspNetCore.Versioning;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OpenAPI documents, one per API version.</summary>
public static class RampartOpenApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the framework's OpenAPI document <c>v1</c>, every operation in it answering the seeds' checklist: its access
    /// (the <c>Bearer</c> scheme with the roles it needs, or none), its problem responses with their codes, its rate
    /// limit (<c>x-rate-limit</c>), the headers the building blocks check (<c>Idempotency-Key</c>, <c>If-Match</c>) and
    /// request and response examples. <see cref="Rampart.AspNetCore.OpenApi.OpenApiChecklist"/> finds an operation that
    /// misses any of these. Pair with <c>app.MapRampartOpenApi()</c>.
    /// </summary>
    public static IServiceCollection AddRampartOpenApi(this IServiceCollection services) =>
        services.AddRampartOpenApiDocument(ApiVersionRoutes.DefaultVersion);

    /// <summary>
    /// Adds the OpenAPI document of <paramref name="majorVersion"/> (<c>/openapi/v2.json</c> for 2), built like
    /// <c>v1</c>, holding only the operations of that version, and lists it on the docs page. Call it where the code
    /// that maps the version's first endpoint registers its services; calling it again for the same version does nothing.
    /// </summary>
    public static IServiceCollection AddRampartOpenApiDocument(this IServiceCollection services, int majorVersion) =>
        services.AddRampartOpenApiDocument(new ApiVersion(majorVersion));

    /// <summary>
    /// Adds the OpenAPI document of <paramref name="version"/>, named as <see cref="ApiVersionRoutes.DocumentName"/>
    /// says. Version 1 also holds the operations that declare no version.
    /// </summary>
    public static IServiceCollection AddRampartOpenApiDocument(this IServiceCollection services, ApiVersion version)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(version);
        var names = services.FirstOrDefault(d => d.ServiceType == typeof(OpenApiDocumentNames))?.ImplementationInstance as OpenApiDocumentNames;
        if (names is null)
        {
            names = new OpenApiDocumentNames();
            services.AddSingleton(names);
        }

        var name = ApiVersionRoutes.DocumentName(version);
        if (!names.TryAdd(name))
        {
            return services;
        }

        var isDefault = version == ApiVersionRoutes.DefaultVersion;
        services.AddOpenApi(name, options =>
        {
            options.ShouldInclude = description => description.GroupName == name || (isDefault && description.GroupName is null);
            options
                .AddSchemaTransformer<SafeStringSchemaTransformer>()
                .AddOperationTransformer<BearerSecurityTransformer>()
                .AddOperationTransformer<RequestHeadersTransformer>()
                .AddOperationTransformer<RateLimitTransformer>()
                .AddOperationTransformer<DeprecatedVersionTransformer>()
                .AddDocumentTransformer<ProblemResponsesTransformer>()
                .AddDocumentTransformer<BearerSecurityTransformer>()
                .AddDocumentTransformer<ExampleTransformer>();
        });
        return services;
    }
}
