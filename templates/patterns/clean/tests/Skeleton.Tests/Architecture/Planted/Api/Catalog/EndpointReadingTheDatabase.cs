using Skeleton.Tests.Architecture.Planted.Infrastructure.Catalog;

namespace Skeleton.Tests.Architecture.Planted.Api.Catalog;

/// <summary>Planted: an endpoint that goes to the infrastructure instead of a use case.</summary>
internal static class EndpointReadingTheDatabase
{
    public static string Route { get; } = "/products";

    public static int Read() => RepositoryCallingAnEndpoint.Count();
}
