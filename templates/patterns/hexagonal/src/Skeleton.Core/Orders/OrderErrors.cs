using Skeleton.Core.Common;

namespace Skeleton.Core.Orders;

/// <summary>The orders module's error codes, as the HTTP contract fixes them.</summary>
public static class OrderErrors
{
    public static CoreError NotFound { get; } = new("orders.order_not_found", ErrorKind.NotFound, "There is no order with this id.");

    public static CoreError Changed { get; } =
        new("orders.version_conflict", ErrorKind.PreconditionFailed, "The order changed while it was being updated; read it again.");

    public static CoreError InvalidState(OrderStatus status, string action) =>
        new("orders.invalid_state", ErrorKind.Conflict, $"An order that is {status.ToName()} cannot be {action}.");

    public static CoreError Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        CoreError.Validation("orders.invalid_order", "The order is not valid.", fields);
}
