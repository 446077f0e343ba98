using Skeleton.Domain.Common;

namespace Skeleton.Domain.Orders;

/// <summary>The orders' error codes.</summary>
public static class OrderErrors
{
    public const string InvalidCode = "orders.invalid_order";

    public static Error NotFound { get; } = Error.NotFound("orders.order_not_found", "There is no order with this id.");

    public static Error InvalidState(OrderStatus status, string action) =>
        Error.Conflict("orders.invalid_state", $"An order that is {status.ToName()} cannot be {action}.");

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        Error.Validation(InvalidCode, "The order is not valid.", fields);
}
