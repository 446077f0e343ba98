using Rampart.AspNetCore.Versioning;
using Skeleton.Features.Gadgets.RegisterGadget;

namespace Skeleton.Features.Gadgets;

/// <summary>
/// The Gadgets feature under <c>/api/v1/gadgets</c>: one folder per use case, each mapped here on the feature's
/// versioned route group (a later version gets a group of its own, as the catalog's v2 read does).
/// </summary>
internal static class GadgetsFeature
{
    public const string Name = "gadgets";

    public static IEndpointRouteBuilder MapGadgets(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.NewVersionedApi("Gadgets");
        var gadgets = api.MapGroup($"{ApiVersionRoutes.Prefix}/gadgets").HasApiVersion(1);
        gadgets.WithTags("Gadgets").WithModule(Name);
        gadgets.MapRegisterGadget();
        return endpoints;
    }
}
