using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Messaging;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Database;

/// <summary>The orders module's tables, its outbox and its inbox, in schema <c>orders</c>. No other module reads them.</summary>
internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public const string Schema = "orders";

    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Order>(order =>
        {
            order.ToTable("orders", table =>
            {
                table.HasCheckConstraint("ck_orders_status", "status IN ('pending', 'confirmed', 'rejected', 'cancelled')");
                table.HasCheckConstraint("ck_orders_total_positive", "total > 0");
            });
            order.Property(o => o.Status).HasMaxLength(16).HasConversion(s => s.ToName(), s => OrderStatusNames.Parse(s));
            order.Property(o => o.Total).HasPrecision(14, 2);
            order.Property(o => o.RejectionReason).HasMaxLength(200);
            order.HasIndex(o => new { o.CustomerId, o.Id }).HasDatabaseName("ix_orders_customer_id_id");
            order.OwnsMany(o => o.Items, item =>
            {
                item.ToTable("order_items", table => table.HasCheckConstraint("ck_order_items_quantity_positive", "quantity > 0"));
                item.WithOwner().HasForeignKey("OrderId");
                item.HasKey("OrderId", nameof(OrderItem.ProductId));
                item.Property(i => i.UnitPrice).HasPrecision(12, 2);
                item.Ignore(i => i.Subtotal);
            });
            order.Navigation(o => o.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.AddRampartOutbox(Schema);
        modelBuilder.AddRampartInbox(Schema);
        modelBuilder.ApplyRampartConventions();
    }
}
