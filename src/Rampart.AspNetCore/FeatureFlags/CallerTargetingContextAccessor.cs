using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.FeatureManagement.FeatureFilters;

namespace Rampart.AspNetCore.FeatureFlags;

/// <summary>
/// Who a flag is evaluated for: the caller's user id (<c>sub</c>, the claim Rampart's tokens carry, or the name
/// identifier) and its roles as targeting groups, so <c>"Users": ["…id…"]</c> and <c>"Groups": [{ "Name": "admin" }]</c>
/// in a targeting filter mean a user and a role. The library's default accessor takes the user from
/// <c>Identity.Name</c>, which a token with only <c>sub</c> leaves empty. Anonymous callers have neither, so only the
/// default rollout percentage applies to them. Cached per request, because a request may check several flags.
/// </summary>
internal sealed class CallerTargetingContextAccessor(IHttpContextAccessor accessor) : ITargetingContextAccessor
{
    private static readonly object Key = new();

    public ValueTask<TargetingContext> GetContextAsync()
    {
        var http = accessor.HttpContext;
        if (http is null)
        {
            return ValueTask.FromResult(new TargetingContext());
        }

        if (http.Items.TryGetValue(Key, out var cached) && cached is TargetingContext context)
        {
            return ValueTask.FromResult(context);
        }

        var user = http.User;
        context = new TargetingContext
        {
            UserId = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier),
            Groups = [.. Roles(user).Distinct(StringComparer.Ordinal)],
        };
        http.Items[Key] = context;
        return ValueTask.FromResult(context);
    }

    private static IEnumerable<string> Roles(ClaimsPrincipal user) =>
        user.Identities.SelectMany(identity => identity.FindAll(claim => claim.Type == identity.RoleClaimType || claim.Type is ClaimTypes.Role or "role"))
            .Select(claim => claim.Value);
}
