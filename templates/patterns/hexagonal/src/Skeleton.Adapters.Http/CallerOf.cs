using Rampart.AspNetCore.Identity;
using Skeleton.Core.Common;

namespace Skeleton.Adapters.Http;

/// <summary>The authenticated user as the core sees them (the Shop's orders and every owned resource ask for it).</summary>
internal static class CallerOf
{
    public static Caller ToCaller(this ICurrentUser user) => new(user.RequireId(), user.IsInRole(RampartRoles.Admin));
}
