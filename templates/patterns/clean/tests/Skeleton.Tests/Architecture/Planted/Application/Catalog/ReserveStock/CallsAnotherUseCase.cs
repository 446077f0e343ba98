using Skeleton.Tests.Architecture.Planted.Application.Catalog.CreateProduct;

namespace Skeleton.Tests.Architecture.Planted.Application.Catalog.ReserveStock;

/// <summary>Planted: a use case that calls another use case instead of sharing a port.</summary>
internal sealed class CallsAnotherUseCase(CreateProductUseCase create)
{
    public Guid Run() => create.Create();
}
