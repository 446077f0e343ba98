using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Resource ownership in one line, for use cases: the owner or an admin passes; anyone else gets the resource's
/// own not-found error, so a non-owner cannot learn that the resource exists.
/// </summary>
public static class OwnershipExtensions
{
    /// <summary>Whether the caller owns a resource owned by <paramref name="ownerId"/> or is an admin.</summary>
    public static bool IsOwnerOrAdmin(this ICurrentUser caller, Guid ownerId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuthenticated && (caller.Id == ownerId || caller.IsInRole(RampartRoles.Admin));
    }

    /// <summary>
    /// Throws <paramref name="notFound"/> as an <see cref="ErrorException"/> unless the caller owns the resource or is an admin.
    /// </summary>
    /// <example><c>caller.EnsureOwnerOrAdmin(order.CustomerId, notFound: OrderErrors.NotFound(id));</c></example>
    public static void EnsureOwnerOrAdmin(this ICurrentUser caller, Guid ownerId, Error notFound)
    {
        ArgumentNullException.ThrowIfNull(notFound);
        if (!caller.IsOwnerOrAdmin(ownerId))
        {
            throw new ErrorException(notFound);
        }
    }

    /// <summary>The caller's id; throws <see cref="IdentityErrors.Unauthenticated"/> when anonymous.</summary>
    public static Guid RequireId(this ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Id is { } id && caller.IsAuthenticated ? id : throw new ErrorException(IdentityErrors.Unauthenticated);
    }
}
