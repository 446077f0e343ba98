namespace Skeleton.Tests.Architecture.Planted.Features.Catalog.Contracts;

/// <summary>Stands for a question the Catalog feature answers for others, in its Contracts.</summary>
internal interface IPriceList;
