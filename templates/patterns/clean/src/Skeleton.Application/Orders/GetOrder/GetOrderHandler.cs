using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders.GetOrder;

/// <summary>The owner, or an administrator, reads an order; anyone else is told it does not exist.</summary>
public sealed class GetOrderHandler(ICurrentUser user, IOrderQueries queries)
{
    public async Task<Result<OrderDto>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await queries.GetAsync(id, cancellationToken);

        // Someone else's order is answered like a missing one: its existence is not revealed.
        return order is not null && user.IsOwnerOrAdmin(order.CustomerId) ? order : OrderErrors.NotFound;
    }
}
