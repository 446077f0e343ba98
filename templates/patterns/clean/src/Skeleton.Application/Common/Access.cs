using Skeleton.Domain.Common;

namespace Skeleton.Application.Common;

/// <summary>The role checks of the use cases (RBAC lives here, next to the rules it protects, not in the web layer).</summary>
public static class Access
{
    public const string ForbiddenCode = "http.forbidden";

    public static bool IsAdmin(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin);
    }

    /// <summary>Null when the caller is an administrator, else the error to answer with.</summary>
    public static Error? RequireAdmin(this ICurrentUser user) =>
        user.IsAdmin() ? null : Error.Forbidden(ForbiddenCode, "Only an administrator may do this.");

    /// <summary>Whether the caller is <paramref name="ownerId"/> or an administrator.</summary>
    public static bool IsOwnerOrAdmin(this ICurrentUser user, Guid ownerId) => user.IsAdmin() || user.Id == ownerId;

    /// <summary>The caller's id; a use case reached anonymously is a wiring bug (its route requires authentication).</summary>
    public static Guid RequireId(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Id ?? throw new InvalidOperationException("This use case needs an authenticated caller; its route must require authorization.");
    }
}
