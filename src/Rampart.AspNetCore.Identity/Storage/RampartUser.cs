namespace Rampart.AspNetCore.Identity;

/// <summary>A registered account.</summary>
public sealed class RampartUser
{
    /// <summary>UUIDv7 key; the <c>sub</c> of the user's access tokens.</summary>
    public Guid Id { get; set; }

    /// <summary>The e-mail as registered.</summary>
    public required string Email { get; set; }

    /// <summary>Upper-case invariant form of <see cref="Email"/>; unique.</summary>
    public required string NormalizedEmail { get; set; }

    /// <summary>The framework <c>PasswordHasher</c> hash (format, salt and iteration count included).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>The user's roles, e.g. <c>customer</c> and <c>admin</c>.</summary>
    public IList<string> Roles { get; set; } = [];

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
