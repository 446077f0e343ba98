using Rampart.AspNetCore.Versioning;

namespace Skeleton.Adapters.Http.Gadgets;

/// <summary>
/// <c>/api/v1/gadgets</c>: the Gadgets routes, one file per endpoint, each calling one of the core's inbound ports (a
/// later version gets a route group of its own beside this one).
/// </summary>
internal static class GadgetsEndpoints
{
    public const string Module = "gadgets";

    public static IEndpointRouteBuilder MapGadgetsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.NewVersionedApi("Gadgets");
        var gadgets = api.MapGroup($"{ApiVersionRoutes.Prefix}/gadgets").HasApiVersion(1);
        gadgets.WithTags("Gadgets").WithModule(Module);
        gadgets.MapRegisterGadget();
        return endpoints;
    }
}
