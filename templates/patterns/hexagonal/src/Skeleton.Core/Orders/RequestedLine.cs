namespace Skeleton.Core.Orders;

/// <summary>One line as the customer asked for it, before it is checked: a product and how many units.</summary>
public sealed record RequestedLine(Guid? ProductId, int? Quantity);
