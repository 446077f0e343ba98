namespace Skeleton.Tests.Architecture.Planted.Features.Catalog.CreateProduct;

/// <summary>Stands for one slice's own request type.</summary>
internal interface ICreateProductRequest;
