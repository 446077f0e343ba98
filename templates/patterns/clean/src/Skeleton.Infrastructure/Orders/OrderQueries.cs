using Microsoft.EntityFrameworkCore;
using Skeleton.Application.Common;
using Skeleton.Application.Orders;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Orders;

/// <summary>The <see cref="IOrderQueries"/> port: untracked reads of orders with their items.</summary>
internal sealed class OrderQueries(AppDbContext db) : IOrderQueries
{
    public async Task<OrderDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } order ? OrderDto.From(order) : null;

    public Task<PagedList<OrderDto>> ListAsync(Guid? customerId, PageQuery page, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        if (customerId is { } customer)
        {
            // Index (customer_id, id) serves a customer's pages; the primary key serves an administrator's.
            orders = orders.Where(o => o.CustomerId == customer);
        }

        return orders.ToPagedListAsync(page, OrderDto.From, cancellationToken);
    }
}
