namespace Skeleton.Core.Common;

/// <summary>Who asks: the authenticated user's id and whether they are an administrator. RBAC lives in the use cases.</summary>
public sealed record Caller(Guid Id, bool IsAdmin)
{
    /// <summary>Whether the caller may see or change something owned by <paramref name="ownerId"/>.</summary>
    public bool IsOwnerOrAdmin(Guid ownerId) => IsAdmin || Id == ownerId;
}
