using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Skeleton.SharedKernel;

/// <summary>
/// A module as the host sees it: its name, its services and its endpoints. The host lists its modules in one place
/// (Program.cs); a module never reaches into another module's types or tables, only into its Contracts project.
/// </summary>
public interface IModule
{
    /// <summary>The module's name: its database schema and the <c>module</c> field of its log lines.</summary>
    string Name { get; }

    /// <summary>Registers the module's services, its DbContext among them (<see cref="ModuleDatabase.AddModuleDatabase{TContext}"/>).</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
