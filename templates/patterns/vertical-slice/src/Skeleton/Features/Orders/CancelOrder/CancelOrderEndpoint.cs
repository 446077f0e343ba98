using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders.CancelOrder;

/// <summary>
/// <c>POST /api/v1/orders/{id}/cancel</c> (owner or admin): pending or confirmed → cancelled; anything else is 409
/// <c>orders.invalid_state</c>. Cancelling a confirmed order writes <c>OrderCancelled</c> so Catalog releases the
/// stock; a pending order has nothing reserved yet (a reservation that arrives later is released by
/// <c>ConfirmOrder</c>). A concurrent status change (Catalog's answer) is retried on the fresh order.
/// </summary>
internal static class CancelOrderEndpoint
{
    private const int MaxAttempts = 3;

    public static RouteHandlerBuilder MapCancelOrder(this IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization()
            .WithIdempotency()
            .WithName("CancelOrder")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<DataEnvelope<OrderResponse>>, ProblemHttpResult>> CancelAsync(
        Guid id, ICurrentUser caller, AppDbContext db, IOutbox<AppDbContext> outbox, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (order is null || !caller.IsOwnerOrAdmin(order.CustomerId))
            {
                return OrderErrors.NotFound.ToProblemResult();
            }

            var wasConfirmed = order.Status == OrderStatus.Confirmed;
            if (order.Cancel().Error is { } error)
            {
                return error.ToProblemResult();
            }

            if (wasConfirmed)
            {
                outbox.Cancelled(order);
            }

            outbox.StatusChanged(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Envelope.Ok(OrderResponse.From(order));
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
