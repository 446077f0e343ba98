using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Versioning;

namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>One resource in two versions, as minimal APIs: v1 (deprecated) and v2 of one read side by side, a v1-only list.</summary>
public static class GadgetEndpoints
{
    public static IEndpointRouteBuilder MapGadgets(this IEndpointRouteBuilder endpoints)
    {
        var gadgets = endpoints.NewVersionedApi("Gadgets");
        var v1 = gadgets.MapGroup($"{ApiVersionRoutes.Prefix}/gadgets").HasDeprecatedApiVersion(1);
        var v2 = gadgets.MapGroup($"{ApiVersionRoutes.Prefix}/gadgets").HasApiVersion(2);
        v1.MapGet("/{id:guid}", (Guid id) => Envelope.Ok(new Gadget(id, 12.5m)));
        v1.MapGet("/", () => Envelope.Ok(new[] { new Gadget(Guid.Empty, 12.5m) }));
        v2.MapGet("/{id:guid}", (Guid id) => Envelope.Ok(new GadgetV2(id, new Money(12.5m, "EUR"))));
        return endpoints;
    }
}
