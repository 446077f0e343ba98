namespace Skeleton.Domain.Orders.Events;

/// <summary>One line of an order, as the order's events carry it.</summary>
/// <param name="ProductId">The product ordered.</param>
/// <param name="Quantity">How many units; at least 1.</param>
public sealed record OrderLine(Guid ProductId, int Quantity);
