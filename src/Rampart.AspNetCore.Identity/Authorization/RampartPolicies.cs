namespace Rampart.AspNetCore.Identity;

/// <summary>Authorization policies registered by <c>AddRampartIdentity</c>, for <c>RequireAuthorization(RampartPolicies.Admin)</c>.</summary>
public static class RampartPolicies
{
    /// <summary>An authenticated caller with the <see cref="RampartRoles.Admin"/> role.</summary>
    public const string Admin = "rampart.admin";

    /// <summary>An authenticated caller with the <see cref="RampartRoles.Customer"/> role.</summary>
    public const string Customer = "rampart.customer";
}
