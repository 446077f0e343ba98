namespace Skeleton.Tests.Architecture.Planted.Core.Catalog;

internal sealed class ProductShelf;
