namespace Skeleton.Features.Orders;

/// <summary>Where an order is in its life: pending → confirmed | rejected, and pending | confirmed → cancelled.</summary>
internal enum OrderStatus
{
    Pending,
    Confirmed,
    Rejected,
    Cancelled,
}
