namespace Skeleton.Tests.Architecture.Planted.Modules.Catalog.Database;

/// <summary>Stands for Catalog's tables: internals no other module may use.</summary>
internal interface ICatalogTables;
