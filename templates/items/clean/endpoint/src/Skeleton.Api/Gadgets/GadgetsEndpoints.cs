using Rampart.AspNetCore.Versioning;
using Skeleton.Application.Gadgets.RegisterGadget;

namespace Skeleton.Api.Gadgets;

/// <summary>
/// The Gadgets routes under <c>/api/v1/gadgets</c>, one file per endpoint, and the use cases they call (a later version
/// gets a route group of its own beside this one).
/// </summary>
internal static class GadgetsEndpoints
{
    public const string Module = "gadgets";

    public static IServiceCollection AddGadgetsEndpoints(this IServiceCollection services) =>
        services
            .AddScoped<RegisterGadgetHandler>();

    public static IEndpointRouteBuilder MapGadgetsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.NewVersionedApi("Gadgets");
        var gadgets = api.MapGroup($"{ApiVersionRoutes.Prefix}/gadgets").HasApiVersion(1);
        gadgets.WithTags("Gadgets").WithModule(Module);
        gadgets.MapRegisterGadget();
        return endpoints;
    }
}
