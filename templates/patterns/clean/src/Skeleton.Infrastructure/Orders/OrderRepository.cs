using Microsoft.EntityFrameworkCore;
using Skeleton.Application.Orders;
using Skeleton.Domain.Orders;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Orders;

/// <summary>The <see cref="IOrderRepository"/> port on EF Core: tracked orders with their items, saved by the unit of work.</summary>
internal sealed class OrderRepository(AppDbContext db) : IOrderRepository
{
    public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Orders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public void Add(Order order) => db.Orders.Add(order);
}
