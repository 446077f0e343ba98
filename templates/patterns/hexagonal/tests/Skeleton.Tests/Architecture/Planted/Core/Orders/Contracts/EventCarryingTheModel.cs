namespace Skeleton.Tests.Architecture.Planted.Core.Orders.Contracts;

/// <summary>Planted: an event that carries the module's model instead of plain data.</summary>
internal sealed record EventCarryingTheModel(OrderBook Book);
