using Skeleton.Application.Common;

namespace Skeleton.Application.Orders.ListOrders;

/// <summary>A customer lists their own orders; an administrator lists every order. Newest first.</summary>
public sealed class ListOrdersHandler(ICurrentUser user, IOrderQueries queries)
{
    public Task<PagedList<OrderDto>> HandleAsync(PageQuery page, CancellationToken cancellationToken) =>
        queries.ListAsync(user.IsAdmin() ? null : user.RequireId(), page, cancellationToken);
}
