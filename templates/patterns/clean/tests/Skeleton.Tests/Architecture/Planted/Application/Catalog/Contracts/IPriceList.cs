namespace Skeleton.Tests.Architecture.Planted.Application.Catalog.Contracts;

/// <summary>Planted: a question Catalog answers for other modules.</summary>
internal interface IPriceList
{
    decimal PriceOf(Guid productId);
}
