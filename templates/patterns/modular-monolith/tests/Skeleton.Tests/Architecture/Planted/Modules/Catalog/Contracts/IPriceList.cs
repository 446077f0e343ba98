namespace Skeleton.Tests.Architecture.Planted.Modules.Catalog.Contracts;

/// <summary>Stands for Catalog's public query interface, which other modules may use.</summary>
internal interface IPriceList;
