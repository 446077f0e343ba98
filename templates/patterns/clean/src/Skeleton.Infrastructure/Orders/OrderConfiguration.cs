using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skeleton.Domain.Orders;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Orders;

/// <summary>The <c>orders</c> and <c>order_items</c> tables, with the status and totals checked by the database.</summary>
internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.HasEntityConventions();
        order.ToTable("orders", table =>
        {
            table.HasCheckConstraint("ck_orders_status", "status IN ('pending', 'confirmed', 'rejected', 'cancelled')");
            table.HasCheckConstraint("ck_orders_total_positive", "total > 0");
        });
        order.Property(o => o.Status).HasMaxLength(16).HasConversion(s => s.ToName(), s => OrderStatusNames.Parse(s));
        order.Property(o => o.Total).HasPrecision(14, 2);
        order.Property(o => o.RejectionReason).HasMaxLength(Order.MaxReasonLength);
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
    }
}
