using Skeleton.Application.Common;

namespace Skeleton.Tests.UseCases.Fakes;

/// <summary>A caller with a fixed id and roles.</summary>
internal sealed class FakeCurrentUser(Guid? id, params string[] roles) : ICurrentUser
{
    public Guid? Id { get; } = id;

    public static FakeCurrentUser Admin() => new(Guid.CreateVersion7(), Roles.Customer, Roles.Admin);

    public static FakeCurrentUser Customer() => new(Guid.CreateVersion7(), Roles.Customer);

    public bool IsInRole(string role) => roles.Contains(role, StringComparer.Ordinal);
}
