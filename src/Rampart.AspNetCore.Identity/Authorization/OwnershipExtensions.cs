namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Resource ownership in one line, for use cases: the owner or an admin passes; anyone else should get the resource's
/// own not-found error, so a non-owner cannot learn that the resource exists.
/// </summary>
/// <example><c>if (!caller.IsOwnerOrAdmin(order.CustomerId)) return OrderErrors.NotFound.ToProblemResult();</c></example>
public static class OwnershipExtensions
{
    /// <summary>Whether the caller owns a resource owned by <paramref name="ownerId"/> or is an admin.</summary>
    public static bool IsOwnerOrAdmin(this ICurrentUser caller, Guid ownerId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuthenticated && (caller.Id == ownerId || caller.IsInRole(RampartRoles.Admin));
    }

    /// <summary>
    /// The caller's id, on a route that requires an authenticated caller. Throws <see cref="InvalidOperationException"/>
    /// for an anonymous caller: that is a route missing <c>RequireAuthorization()</c>, a bug, not a client error.
    /// </summary>
    public static Guid RequireId(this ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Id is { } id && caller.IsAuthenticated
            ? id
            : throw new InvalidOperationException("The caller is anonymous: require authorization on this route before reading the caller's id.");
    }
}
