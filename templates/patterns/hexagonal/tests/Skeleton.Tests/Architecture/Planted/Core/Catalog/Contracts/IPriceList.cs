namespace Skeleton.Tests.Architecture.Planted.Core.Catalog.Contracts;

internal interface IPriceList;
