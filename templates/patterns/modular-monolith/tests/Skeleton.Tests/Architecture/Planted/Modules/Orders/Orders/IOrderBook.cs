namespace Skeleton.Tests.Architecture.Planted.Modules.Orders.Orders;

/// <summary>Stands for Orders' domain model.</summary>
internal interface IOrderBook;
