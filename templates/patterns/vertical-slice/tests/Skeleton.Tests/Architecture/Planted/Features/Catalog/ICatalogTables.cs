namespace Skeleton.Tests.Architecture.Planted.Features.Catalog;

/// <summary>Stands for the Catalog feature's tables (at the feature's root), which only Catalog's slices may use.</summary>
internal interface ICatalogTables;
