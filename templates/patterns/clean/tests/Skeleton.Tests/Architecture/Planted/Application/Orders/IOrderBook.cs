namespace Skeleton.Tests.Architecture.Planted.Application.Orders;

/// <summary>Planted: a port of Orders' own, internal to Orders.</summary>
internal interface IOrderBook
{
    int OpenOrders(Guid productId);
}
