using Asp.Versioning;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Versioning;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers API versioning by URL segment.</summary>
public static class VersioningServiceCollectionExtensions
{
    /// <summary>
    /// Adds Asp.Versioning with the version in the URL (<c>/api/v{version:apiVersion}/…</c>, see
    /// <see cref="ApiVersionRoutes"/>), for minimal APIs and controllers alike: every response of a versioned endpoint
    /// reports <c>api-supported-versions</c> and <c>api-deprecated-versions</c>; a version retired in
    /// <c>Rampart:Versioning:Deprecated</c> (or by a policy on <see cref="ApiVersioningOptions.Policies"/>) adds
    /// <c>Deprecation</c>, <c>Sunset</c> and <c>Link</c>; a version no endpoint serves is the 404 problem of an unknown
    /// address. An endpoint or controller that declares no version is version 1, so literal <c>/api/v1/…</c> routes
    /// keep working. The API explorer groups operations by version (<c>v1</c>, <c>v2</c>) with the version written
    /// into each path, which is what the OpenAPI document per version (<c>AddRampartOpenApiDocument</c>) reads.
    /// </summary>
    public static IServiceCollection AddRampartApiVersioning(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RampartVersioningOptions>().BindConfiguration(RampartVersioningOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RampartVersioningOptions>, VersioningOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<ApiVersioningOptions>, RetirementPolicySetup>());
        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = ApiVersionRoutes.DefaultVersion;
                options.AssumeDefaultVersionWhenUnspecified = true;
                options.ReportApiVersions = true;
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
            })
            .AddMvc()
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = ApiVersionRoutes.GroupNameFormat;
                options.SubstituteApiVersionInUrl = true;
            });
        return services;
    }
}
