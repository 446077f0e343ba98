using Microsoft.AspNetCore.Builder;
#if RAMPART_ITEM_ANONYMOUS
#if RAMPART_ITEM_BODY
using Microsoft.AspNetCore.Http;
#else
#if RAMPART_ITEM_ROUTE_VALUES
using Microsoft.AspNetCore.Http;
#endif
#endif
#else
using Microsoft.AspNetCore.Http;
#endif
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
#if RAMPART_ITEM_IDEMPOTENT
using Rampart.AspNetCore.Data;
#endif
using Rampart.AspNetCore.Envelopes;
#if !RAMPART_ITEM_ANONYMOUS
using Rampart.AspNetCore.Identity;
#endif

namespace Skeleton.Modules.Inventory.Features.RegisterGadget;

/// <summary>
/// <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c>: the RegisterGadget use case. Route values are bound by
/// their constraints and a request body is validated at the gate before <see cref="Handle"/> runs, so it is the place
/// to write what the use case does (the module's tables through its DbContext, its rules, its integration events).
/// Until then it answers what it received, and when, so the contract can be tried and tested end to end.
/// </summary>
internal static class RegisterGadgetEndpoint
{
    public static RouteHandlerBuilder MapRegisterGadget(this IEndpointRouteBuilder gadgets) =>
        gadgets.MapPost("/{gadgetId:guid}/registrations", Handle)
#if RAMPART_ITEM_ANONYMOUS
            .AllowAnonymous()
#else
#if RAMPART_ITEM_ADMIN
            .RequireAuthorization(RampartPolicies.Admin)
            .ProducesProblem(StatusCodes.Status403Forbidden)
#else
            .RequireAuthorization(RampartPolicies.Customer)
#endif
            .ProducesProblem(StatusCodes.Status401Unauthorized)
#endif
#if RAMPART_ITEM_IDEMPOTENT
            .RequireIdempotencyKey()
#endif
#if RAMPART_ITEM_BODY
            .ProducesProblem(StatusCodes.Status400BadRequest)
#endif
#if RAMPART_ITEM_ROUTE_VALUES
            .ProducesProblem(StatusCodes.Status404NotFound) // what the route names may not exist: answer it with the area's not-found error
#endif
            .WithName("RegisterGadget");

    // <route:handler-signature>
    private static Ok<DataEnvelope<RegisterGadgetResponse>> Handle(Guid gadgetId, RegisterGadgetRequest request, TimeProvider time)
    // </route:handler-signature>
    {
        // <route:response>
        var response = new RegisterGadgetResponse(gadgetId, request.Name!, time.GetUtcNow());
        // </route:response>
        return Envelope.Ok(response);
    }
}
