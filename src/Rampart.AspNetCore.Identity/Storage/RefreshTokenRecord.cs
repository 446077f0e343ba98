namespace Rampart.AspNetCore.Identity;

/// <summary>
/// One refresh token, stored as the SHA-256 of its value. Every login starts a family; every rotation spends a
/// token and adds the next one to the same family.
/// </summary>
public sealed class RefreshTokenRecord
{
    /// <summary>UUIDv7 key.</summary>
    public Guid Id { get; set; }

    /// <summary>The login session the token belongs to; reuse of a spent token revokes the whole family.</summary>
    public Guid FamilyId { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>SHA-256 of the token's bytes; unique.</summary>
    public required byte[] TokenHash { get; set; }

    /// <summary>When the token was issued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the token stops being accepted (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the token was exchanged for the next one; a spent token presented again is a reuse.</summary>
    public DateTimeOffset? SpentAt { get; set; }

    /// <summary>When the family was revoked (logout or reuse).</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
