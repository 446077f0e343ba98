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
#if RAMPART_JOBS_QUARTZ

    public async Task<IReadOnlyList<Guid>> FindPendingPlacedBeforeAsync(DateTimeOffset cutoff, int count, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Pending && o.CreatedAt < cutoff)
            .OrderBy(o => o.CreatedAt)
            .Select(o => o.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
#endif

    public void Add(Order order) => db.Orders.Add(order);
}
