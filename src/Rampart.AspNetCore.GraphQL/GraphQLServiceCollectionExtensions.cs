using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.GraphQL;
using Rampart.AspNetCore.GraphQL.Authorization;
using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Http;
using Rampart.AspNetCore.GraphQL.Limits;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a GraphQL.NET schema behind Rampart's GraphQL endpoint.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="TSchema"/> on GraphQL.NET with System.Text.Json, the limits of
    /// <see cref="RampartGraphQLOptions"/> (bound from <c>Rampart:GraphQL</c>, validated at start-up: depth,
    /// complexity, page size, query size, introspection), errors with the edge's <c>extensions.code</c>, field
    /// authorization through the service's policies, and cursor pagination when it is not registered yet. Register the
    /// schema's graph types in <paramref name="configure"/> (for example <c>b =&gt; b.AddGraphTypes()</c>). Pair with
    /// <c>app.MapRampartGraphQL&lt;TSchema&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddRampartGraphQL<TSchema>(this IServiceCollection services, Action<IGraphQLBuilder>? configure = null)
        where TSchema : class, ISchema
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<RampartGraphQLOptions>(RampartGraphQLOptions.SectionName);
        if (!services.Any(d => d.ServiceType == typeof(CursorProtector)))
        {
            services.AddRampartCursorPagination();
        }

        services.AddAuthorization();
        services.TryAddSingleton<GraphQLEndpoint<TSchema>>();
        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<TSchema>()
                .AddSystemTextJson()
                .AddErrorInfoProvider<RampartErrorInfoProvider>()
                .AddComplexityAnalyzer((complexity, provider) =>
                    DocumentLimits.Configure(complexity, provider.GetRequiredService<IOptions<RampartGraphQLOptions>>().Value))
                .AddValidationRule<IntrospectionGate>()
                .UseMiddleware<FieldAuthorizationMiddleware>();
            configure?.Invoke(builder);
        });
        return services;
    }
}
