using Rampart.AspNetCore.Messaging;

namespace Skeleton.Orders;

/// <summary>
/// An order was placed and waits for its stock: written to the outbox in the same transaction as the order, consumed
/// once by <see cref="ReserveStock"/>, which reserves every line or none and confirms or rejects the order.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="CustomerId">Who placed it.</param>
/// <param name="Lines">What to reserve: every line or none.</param>
[IntegrationEvent("orders.order_placed")]
internal sealed record OrderPlaced(Guid OrderId, Guid CustomerId, IReadOnlyList<OrderLine> Lines);
