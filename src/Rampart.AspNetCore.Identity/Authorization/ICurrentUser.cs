namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Who is calling, for use cases: read from the request's authenticated principal. Inject it instead of reading
/// <c>ClaimsPrincipal</c> so use cases stay testable without HTTP.
/// </summary>
public interface ICurrentUser
{
    /// <summary>Whether the caller presented a valid access token.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The caller's user id, or <see langword="null"/> when anonymous.</summary>
    Guid? Id { get; }

    /// <summary>The caller's e-mail, or <see langword="null"/> when anonymous.</summary>
    string? Email { get; }

    /// <summary>The caller's roles (empty when anonymous).</summary>
    IReadOnlyCollection<string> Roles { get; }

    /// <summary>Whether the caller has <paramref name="role"/>.</summary>
    bool IsInRole(string role);
}
