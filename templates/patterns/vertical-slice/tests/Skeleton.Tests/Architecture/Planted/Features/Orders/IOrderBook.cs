namespace Skeleton.Tests.Architecture.Planted.Features.Orders;

/// <summary>Stands for the Orders feature's model (at the feature's root).</summary>
internal interface IOrderBook;
