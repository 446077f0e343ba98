namespace Skeleton.Tests.Architecture.Planted.Core.Orders;

internal sealed class OrderBook;
