namespace Skeleton.Orders;

/// <summary>One line of an order as <see cref="OrderPlaced"/> carries it.</summary>
/// <param name="ProductId">The product ordered.</param>
/// <param name="Quantity">How many units; at least 1.</param>
internal sealed record OrderLine(Guid ProductId, int Quantity);
