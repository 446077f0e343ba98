using Microsoft.EntityFrameworkCore;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders;

/// <summary>The orders' tables as its slices reach them; no other feature does.</summary>
internal static class OrderTables
{
    public static DbSet<Order> Orders(this AppDbContext db) => db.Set<Order>();
}
