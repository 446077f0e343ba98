namespace Skeleton.Tests.Architecture.Planted.Adapters.Persistence.Orders;

internal sealed class OrderTable;
