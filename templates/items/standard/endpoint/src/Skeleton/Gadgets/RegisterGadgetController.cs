#if RAMPART_ITEM_VERSIONED
using Asp.Versioning;
#endif
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
#if RAMPART_ITEM_IDEMPOTENT
using Rampart.AspNetCore.Data;
#endif
using Rampart.AspNetCore.Envelopes;
#if !RAMPART_ITEM_ANONYMOUS
using Rampart.AspNetCore.Identity;
#endif
#if RAMPART_ITEM_ANONYMOUS
#if RAMPART_ITEM_BODY
using Rampart.AspNetCore.Mvc;
#else
#if RAMPART_ITEM_ROUTE_VALUES
using Rampart.AspNetCore.Mvc;
#endif
#endif
#else
using Rampart.AspNetCore.Mvc;
#endif

namespace Skeleton.Gadgets;

/// <summary>
/// <c>POST /api/v1/gadgets/{gadgetId:guid}/registrations</c>: the RegisterGadget use case. Route values are bound by
/// their constraints and a request body is validated at the gate before the action runs, so the action is the place to
/// write what the use case does (calling a service of the area where there is logic). Until then it answers what it
/// received, and when, so the contract can be tried and tested end to end.
/// </summary>
[ApiController]
#if RAMPART_ITEM_VERSIONED
[ApiVersion("2")]
[Route("api/v{version:apiVersion}/gadgets")]
#else
[Route("api/v1/gadgets")]
#endif
[Tags("Gadgets")]
public sealed class RegisterGadgetController(TimeProvider time) : ControllerBase
{
    /// <summary>RegisterGadget: the route values and the request, as the use case received them.</summary>
    [HttpPost("{gadgetId:guid}/registrations", Name = "RegisterGadget")]
#if RAMPART_ITEM_ANONYMOUS
    [AllowAnonymous]
#else
#if RAMPART_ITEM_ADMIN
    [Authorize(Policy = RampartPolicies.Admin)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
#else
    [Authorize(Policy = RampartPolicies.Customer)]
#endif
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
#endif
#if RAMPART_ITEM_IDEMPOTENT
    [RequireIdempotencyKey]
#endif
#if RAMPART_ITEM_BODY
    [ProducesProblem(StatusCodes.Status400BadRequest)]
#endif
#if RAMPART_ITEM_ROUTE_VALUES
    [ProducesProblem(StatusCodes.Status404NotFound)] // what the route names may not exist: answer it with the area's not-found error
#endif
    [ProducesResponseType<DataEnvelope<RegisterGadgetResponse>>(StatusCodes.Status200OK)]
    // <route:action-signature>
    public DataEnvelope<RegisterGadgetResponse> RegisterGadget(Guid gadgetId, RegisterGadgetRequest request)
    // </route:action-signature>
    {
        // <route:response>
        var response = new RegisterGadgetResponse(gadgetId, request.Name!, time.GetUtcNow());
        // </route:response>
        return new DataEnvelope<RegisterGadgetResponse>(response);
    }
}
