namespace Skeleton.Tests.Architecture.Planted.Application.Catalog.CreateProduct;

/// <summary>Planted: a use case.</summary>
internal sealed class CreateProductUseCase
{
    public Guid Id { get; } = Guid.CreateVersion7();

    public Guid Create() => Id;
}
