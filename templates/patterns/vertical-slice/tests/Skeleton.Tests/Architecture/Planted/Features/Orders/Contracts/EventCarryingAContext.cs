using Microsoft.EntityFrameworkCore;

namespace Skeleton.Tests.Architecture.Planted.Features.Orders.Contracts;

/// <summary>Planted violation: a contract that hands EF Core to every feature that takes it.</summary>
internal static class EventCarryingAContext
{
    public static bool Carries(DbContext context) => context is not null;
}
