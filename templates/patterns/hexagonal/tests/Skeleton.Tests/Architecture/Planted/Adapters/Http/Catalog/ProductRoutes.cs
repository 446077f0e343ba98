namespace Skeleton.Tests.Architecture.Planted.Adapters.Http.Catalog;

internal sealed class ProductRoutes;
