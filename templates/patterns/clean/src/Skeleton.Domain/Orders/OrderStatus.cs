namespace Skeleton.Domain.Orders;

/// <summary>Where an order is in its life: pending → confirmed | rejected, and pending | confirmed → cancelled.</summary>
public enum OrderStatus
{
    Pending,
    Confirmed,
    Rejected,
    Cancelled,
}
