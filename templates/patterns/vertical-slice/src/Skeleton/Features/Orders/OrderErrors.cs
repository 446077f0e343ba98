using Rampart.AspNetCore.Errors;

namespace Skeleton.Features.Orders;

/// <summary>The orders feature's error codes.</summary>
internal static class OrderErrors
{
    public static Error NotFound { get; } = Error.NotFound("orders.order_not_found", "There is no order with this id.");

    public static Error InvalidState(OrderStatus status, string action) =>
        Error.Conflict("orders.invalid_state", $"An order that is {status.ToName()} cannot be {action}.");

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        Error.Validation("orders.invalid_order", "The order is not valid.", fields);
}
