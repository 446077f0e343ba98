using Asp.Versioning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Mvc;

namespace Skeleton.Orders;

/// <summary>
/// <c>/api/v1/orders</c>: a customer places orders (an <c>Idempotency-Key</c> is required) and reads, lists and cancels
/// their own; an admin sees and cancels every order. Status changes reach the owner over <c>/hubs/orders</c>.
/// </summary>
[ApiController]
[ApiVersion("1")]
[Route("api/v{version:apiVersion}/orders")]
[Tags("Orders")]
[Authorize]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
public sealed class OrdersController(OrderService orders) : ControllerBase
{
    /// <summary>A pending order, priced from the catalog; its stock is reserved in the background and the status follows.</summary>
    [HttpPost(Name = "PlaceOrder")]
    [Authorize(Policy = RampartPolicies.Customer)]
    [RequireIdempotencyKey]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<DataEnvelope<OrderResponse>>(StatusCodes.Status201Created)]
    public async Task<ActionResult<DataEnvelope<OrderResponse>>> Place(PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        // The shape of the order (1–100 lines, each product once, 1–1000 units) is checked at the gate, naming each line.
        var lines = PlaceOrderValidation.Validate(request);
        if (lines.Error is { } invalid)
        {
            return invalid.ToActionResult();
        }

        return (await orders.PlaceAsync(lines.Value, cancellationToken))
            .ToActionResult(order => Created($"/api/v1/orders/{order.Id}", new DataEnvelope<OrderResponse>(OrderResponse.From(order))));
    }

    /// <summary>One of the caller's orders (any order for an admin); anyone else's is not found.</summary>
    [HttpGet("{id:guid}", Name = "GetOrder")]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesResponseType<DataEnvelope<OrderResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<OrderResponse>>> Get(Guid id, CancellationToken cancellationToken) =>
        (await orders.FindAsync(id, cancellationToken)).ToActionResult(order => Ok(new DataEnvelope<OrderResponse>(OrderResponse.From(order))));

    /// <summary>The caller's orders (every order for an admin), newest first, a page at a time.</summary>
    [HttpGet(Name = "ListOrders")]
    [ProducesResponseType<PageEnvelope<OrderResponse>>(StatusCodes.Status200OK)]
    public async Task<PageEnvelope<OrderResponse>> List(PageRequest page, CancellationToken cancellationToken) =>
        (await orders.ListAsync(page, cancellationToken)).ToEnvelope(OrderResponse.From);

    /// <summary>Cancels a pending or confirmed order; any other is 409 <c>orders.invalid_state</c>.</summary>
    [HttpPost("{id:guid}/cancel", Name = "CancelOrder")]
    [Idempotent]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesResponseType<DataEnvelope<OrderResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DataEnvelope<OrderResponse>>> Cancel(Guid id, CancellationToken cancellationToken) =>
        (await orders.CancelAsync(id, cancellationToken)).ToActionResult(order => Ok(new DataEnvelope<OrderResponse>(OrderResponse.From(order))));
}
