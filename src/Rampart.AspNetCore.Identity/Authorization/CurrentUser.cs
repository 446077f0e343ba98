using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Identity;

/// <summary>An <see cref="ICurrentUser"/> over a <see cref="ClaimsPrincipal"/> (for tests and background work).</summary>
public sealed class CurrentUser : ICurrentUser
{
    private readonly ClaimsPrincipal _principal;

    /// <summary>Wraps <paramref name="principal"/>.</summary>
    public CurrentUser(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        _principal = principal;
    }

    /// <summary>Wraps the principal of the current request.</summary>
    internal CurrentUser(IHttpContextAccessor accessor)
        : this(accessor.HttpContext?.User ?? new ClaimsPrincipal())
    {
    }

    /// <inheritdoc/>
    public bool IsAuthenticated => _principal.Identity?.IsAuthenticated == true && Id is not null;

    /// <inheritdoc/>
    public Guid? Id => Guid.TryParse(_principal.FindFirst(RampartClaimTypes.Subject)?.Value, out var id) ? id : null;

    /// <inheritdoc/>
    public string? Email => _principal.FindFirst(RampartClaimTypes.Email)?.Value;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Roles => [.. _principal.FindAll(RampartClaimTypes.Role).Select(c => c.Value)];

    /// <inheritdoc/>
    public bool IsInRole(string role) => _principal.HasClaim(RampartClaimTypes.Role, role);
}
