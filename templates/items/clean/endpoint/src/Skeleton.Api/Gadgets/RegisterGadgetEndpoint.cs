using Microsoft.AspNetCore.Http.HttpResults;
#if RAMPART_ITEM_IDEMPOTENT
using Rampart.AspNetCore.Data;
#endif
using Rampart.AspNetCore.Envelopes;
#if !RAMPART_ITEM_ANONYMOUS
using Rampart.AspNetCore.Identity;
#endif
using Skeleton.Api.Errors;
using Skeleton.Application.Gadgets.RegisterGadget;

namespace Skeleton.Api.Gadgets;

#if RAMPART_ITEM_ANONYMOUS
/// <summary>
/// <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c> (anyone): HTTP in, <see cref="RegisterGadgetHandler"/>
/// called, HTTP out. Route values are bound by their constraints and a request body is validated at the gate.
/// </summary>
#else
/// <summary>
/// <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c>: HTTP in, <see cref="RegisterGadgetHandler"/> called, HTTP
/// out. Route values are bound by their constraints and a request body is validated at the gate; the route's policy
/// turns other callers away at the edge (and tells the API document who may call), while the use case keeps its own
/// check, as every use case of the application does.
/// </summary>
#endif
internal static class RegisterGadgetEndpoint
{
    public static RouteHandlerBuilder MapRegisterGadget(this IEndpointRouteBuilder gadgets) =>
        gadgets.MapPost("/{gadgetId:guid}/registrations", Handle)
#if RAMPART_ITEM_ANONYMOUS
            .AllowAnonymous()
#else
#if RAMPART_ITEM_ADMIN
            .RequireAuthorization(RampartPolicies.Admin)
#else
            .RequireAuthorization(RampartPolicies.Customer)
#endif
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
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

    // <route:use-case-endpoint-signature>
    private static Results<Ok<DataEnvelope<RegisterGadgetDto>>, ProblemHttpResult> Handle(Guid gadgetId, RegisterGadgetRequest request, RegisterGadgetHandler useCase)
    // </route:use-case-endpoint-signature>
    {
        // <route:use-case-call>
        var result = useCase.Handle(new RegisterGadgetCommand(gadgetId, request.Name));
        // </route:use-case-call>
        return result.Error is { } error ? error.ToProblem() : Envelope.Ok(result.Value);
    }
}
