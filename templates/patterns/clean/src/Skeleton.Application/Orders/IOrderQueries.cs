using Skeleton.Application.Common;

namespace Skeleton.Application.Orders;

/// <summary>The orders' read side: orders as DTOs.</summary>
public interface IOrderQueries
{
    Task<OrderDto?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Orders newest first: those of <paramref name="customerId"/>, or every order when it is null.</summary>
    Task<PagedList<OrderDto>> ListAsync(Guid? customerId, PageQuery page, CancellationToken cancellationToken);
}
