namespace Skeleton.Tests.Architecture.Planted.Modules.Orders.Database;

/// <summary>Stands for Orders' tables.</summary>
internal interface IOrdersTables;
