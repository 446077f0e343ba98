using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Skeleton.Core.Common;
using Skeleton.Core.Orders;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Persistence.Orders;

/// <summary>The core's order store on PostgreSQL: records in, core objects out, changes committed by <see cref="UnitOfWork"/>.</summary>
internal sealed class OrderRepository(AppDbContext db, UnitOfWork unitOfWork, IServiceProvider services) : IOrderRepository
{
    private readonly Dictionary<OrderRecord, Order> _loaded = new(ReferenceEqualityComparer.Instance);

    public async Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<OrderRecord>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } record)
        {
            return null;
        }

        if (_loaded.TryGetValue(record, out var known))
        {
            return known;
        }

        var order = record.ToOrder();
        Track(order, record);
        return order;
    }

    public async Task<Paged<Order>> ListAsync(Guid? customerId, PageQuery page, CancellationToken cancellationToken)
    {
        var query = db.Set<OrderRecord>().AsNoTracking();
        if (customerId is { } owner)
        {
            query = query.Where(o => o.CustomerId == owner);
        }

        var records = await query.ToPageAsync(PageRequest.Create(services, page.Limit, page.Cursor), cancellationToken);
        return new Paged<Order>([.. records.Items.Select(r => r.ToOrder())], records.Limit, records.NextCursor);
    }

#if RAMPART_JOBS_QUARTZ
    public async Task<IReadOnlyList<Guid>> FindPendingPlacedBeforeAsync(DateTimeOffset cutoff, int count, CancellationToken cancellationToken) =>
        await db.Set<OrderRecord>().AsNoTracking()
            .Where(o => o.Status == OrderStatus.Pending && o.CreatedAt < cutoff)
            .OrderBy(o => o.CreatedAt)
            .Select(o => o.Id)
            .Take(count)
            .ToListAsync(cancellationToken);

#endif
    public void Add(Order order)
    {
        var record = OrderRecord.From(order);
        db.Add(record);
        Track(order, record);
    }

    private void Track(Order order, OrderRecord record)
    {
        _loaded[record] = order;
        unitOfWork.Track(new Tracked<Order, OrderRecord>(order, record, static (o, r) => r.CopyFrom(o)));
    }
}
