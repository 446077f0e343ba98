using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders.PlaceOrder;

/// <summary>
/// The rules of a new order: 1–100 lines, each with a product (at most once) and 1–1000 units, every product live in
/// the catalog. Field errors name the line (<c>items[1].quantity</c>).
/// </summary>
public static class PlaceOrderValidation
{
    public const int MaxItems = 100;
    public const int MaxQuantity = 1000;

    /// <summary>The lines as (product, quantity), or the field errors of the command's shape.</summary>
    public static Result<IReadOnlyList<(Guid ProductId, int Quantity)>> Validate(PlaceOrderCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (command.Items is not { Count: > 0 and <= MaxItems } items)
        {
            errors["items"] = [$"Give between 1 and {MaxItems} items."];
            return OrderErrors.Invalid(errors);
        }

        var lines = new List<(Guid, int)>(items.Count);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item?.ProductId is not { } productId || productId == Guid.Empty)
            {
                errors[$"items[{i}].productId"] = ["A product id is required."];
            }
            else if (!seen.Add(productId))
            {
                errors[$"items[{i}].productId"] = ["This product is already in the order; give each product once."];
            }

            if (item?.Quantity is not { } quantity || quantity is < 1 or > MaxQuantity)
            {
                errors[$"items[{i}].quantity"] = [$"The quantity must be between 1 and {MaxQuantity}."];
            }

            if (item is { ProductId: { } id, Quantity: { } count })
            {
                lines.Add((id, count));
            }
        }

        return errors.Count > 0 ? OrderErrors.Invalid(errors) : lines;
    }

    /// <summary>The priced items, or a field error for every product that is unknown or deleted.</summary>
    public static Result<IReadOnlyList<OrderItem>> Price(IReadOnlyList<(Guid ProductId, int Quantity)> lines, IReadOnlyDictionary<Guid, decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(prices);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var items = new List<OrderItem>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var (productId, quantity) = lines[i];
            if (prices.TryGetValue(productId, out var price))
            {
                items.Add(new OrderItem(productId, quantity, price));
            }
            else
            {
                errors[$"items[{i}].productId"] = ["There is no product with this id."];
            }
        }

        return errors.Count > 0 ? OrderErrors.Invalid(errors) : items;
    }
}
