namespace Skeleton.Tests.Architecture.Planted.Application.Catalog;

/// <summary>Planted: a port of Catalog's own, internal to Catalog.</summary>
internal interface IStockLedger
{
    int Available(Guid productId);
}
