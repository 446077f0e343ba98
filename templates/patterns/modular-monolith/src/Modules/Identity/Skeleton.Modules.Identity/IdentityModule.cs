using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Skeleton.Modules.Identity.Database;
#if RAMPART_API_GRAPHQL
using Skeleton.Modules.Identity.GraphQL;
#endif
using Skeleton.SharedKernel;
#if RAMPART_API_GRAPHQL
using Skeleton.SharedKernel.GraphQL;
#endif

namespace Skeleton.Modules.Identity;

/// <summary>
/// Accounts and tokens: Rampart's identity building block, its tables in schema <c>identity</c>, its routes under
/// <c>/api/v1/auth</c>. The first administrator comes from <c>Identity:AdminEmail</c> / <c>Identity:AdminPassword</c>.
/// </summary>
public sealed class IdentityModule : IModule
{
    /// <inheritdoc />
    public string Name => IdentityDbContext.Schema;

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // The migrator first: identity's start-up seeds the administrator into these tables.
        services.AddModuleDatabase<IdentityDbContext>(configuration, IdentityDbContext.Schema);
        services.AddRampartIdentity<IdentityDbContext>();
#if RAMPART_API_GRAPHQL
        services.AddSingleton<IGraphQLSchemaPart, IdentitySchemaPart>(); // me
#endif
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Also maps the JSON Web Key Set at /.well-known/jwks.json.
        endpoints.MapRampartIdentityEndpoints("/api/v1/auth").WithModule(Name);
    }
}
