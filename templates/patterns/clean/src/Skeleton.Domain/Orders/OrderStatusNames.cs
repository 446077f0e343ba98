namespace Skeleton.Domain.Orders;

/// <summary>The names of <see cref="OrderStatus"/> on the wire and in the database: lower case.</summary>
public static class OrderStatusNames
{
    public static string ToName(this OrderStatus status) => status switch
    {
        OrderStatus.Pending => "pending",
        OrderStatus.Confirmed => "confirmed",
        OrderStatus.Rejected => "rejected",
        OrderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown order status."),
    };

    public static OrderStatus Parse(string name) => name switch
    {
        "pending" => OrderStatus.Pending,
        "confirmed" => OrderStatus.Confirmed,
        "rejected" => OrderStatus.Rejected,
        "cancelled" => OrderStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown order status."),
    };
}
