using Skeleton.Tests.Architecture.Planted.Host.Platform;

namespace Skeleton.Tests.Architecture.Planted.Modules.Catalog.Features.ReserveStock;

/// <summary>Planted violation: a module depending on the composition root.</summary>
internal static class UsesTheHost
{
    public static bool Uses(IPlatformSettings settings) => settings is not null;
}
