using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Skeleton.Modules.Inventory.Database;
using Skeleton.SharedKernel;

namespace Skeleton.Modules.Inventory;

/// <summary>The Inventory module (schema <c>inventory</c>): one folder per use case under <c>Features</c>.</summary>
public sealed class InventoryModule : IModule
{
    /// <inheritdoc />
    public string Name => InventoryDbContext.Schema;

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<InventoryDbContext>(configuration, InventoryDbContext.Schema);

        // The validation source generator sees this project's request types only when this project calls AddValidation.
        services.AddValidation();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Each use case maps its routes here, on a versioned group (/api/v1/<items>; Rampart.AspNetCore.Versioning) tagged
        // with the module so its log lines carry it:
        // var items = endpoints.NewVersionedApi("Inventory").MapGroup($"{ApiVersionRoutes.Prefix}/<items>").HasApiVersion(1)
        //     .WithTags("Inventory").WithModule(Name);
    }
}
