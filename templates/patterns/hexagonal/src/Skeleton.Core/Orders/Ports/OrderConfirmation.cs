using Skeleton.Core.Orders.Contracts;

namespace Skeleton.Core.Orders.Ports;

/// <summary>What a customer is told when their order is confirmed.</summary>
public sealed record OrderConfirmation(Guid OrderId, Guid CustomerId, decimal Total, IReadOnlyList<OrderLine> Lines, DateTimeOffset ConfirmedAt);
