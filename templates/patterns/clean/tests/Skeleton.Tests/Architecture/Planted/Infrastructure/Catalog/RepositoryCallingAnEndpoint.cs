using Skeleton.Tests.Architecture.Planted.Api.Catalog;

namespace Skeleton.Tests.Architecture.Planted.Infrastructure.Catalog;

/// <summary>Planted: an adapter that depends on the web layer.</summary>
internal static class RepositoryCallingAnEndpoint
{
    public static int Count() => 0;

    public static string Route() => EndpointReadingTheDatabase.Route;
}
