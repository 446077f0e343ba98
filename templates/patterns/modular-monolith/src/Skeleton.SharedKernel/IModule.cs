using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Skeleton.SharedKernel;

/// <summary>
/// A module as the host sees it: its services, its endpoints and its schema. The host lists its modules in one place
/// (Program.cs); a module never reaches into another module's types or tables.
/// </summary>
public interface IModule
{
    /// <summary>Registers the module's services.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Brings the module's schema up to date; called at startup when Database:MigrateOnStartup is true.</summary>
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}
