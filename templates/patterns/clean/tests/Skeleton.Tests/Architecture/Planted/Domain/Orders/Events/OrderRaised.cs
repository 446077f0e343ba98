namespace Skeleton.Tests.Architecture.Planted.Domain.Orders.Events;

/// <summary>Planted: an event Orders raises; Catalog may react to it.</summary>
internal sealed record OrderRaised(Guid OrderId);
