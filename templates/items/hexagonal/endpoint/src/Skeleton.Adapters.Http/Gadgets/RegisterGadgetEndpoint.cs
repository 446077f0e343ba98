using Microsoft.AspNetCore.Http.HttpResults;
#if RAMPART_ITEM_IDEMPOTENT
using Rampart.AspNetCore.Data;
#endif
using Rampart.AspNetCore.Envelopes;
#if !RAMPART_ITEM_ANONYMOUS
using Rampart.AspNetCore.Identity;
#endif
using Skeleton.Adapters.Http.Errors;
using Skeleton.Core.Gadgets.Ports;

namespace Skeleton.Adapters.Http.Gadgets;

/// <summary>
/// <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c>: HTTP in, <see cref="IRegisterGadget"/> called, HTTP out.
/// This adapter binds the route values, validates the body at the gate, authorises by role and maps the result
/// (problems through the one mapping).
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

    // <route:port-endpoint-signature>
    private static Results<Ok<DataEnvelope<RegisterGadgetResponse>>, ProblemHttpResult> Handle(Guid gadgetId, RegisterGadgetRequest request, IRegisterGadget useCase)
    // </route:port-endpoint-signature>
    {
        // <route:port-call>
        var result = useCase.Handle(gadgetId, request.Name);
        // </route:port-call>
        if (result.Error is { } error)
        {
            return error.ToProblemResult();
        }

        // <route:response-from>
        var response = new RegisterGadgetResponse(result.Value.GadgetId, result.Value.Name, result.Value.ReceivedAt);
        // </route:response-from>
        return Envelope.Ok(response);
    }
}
